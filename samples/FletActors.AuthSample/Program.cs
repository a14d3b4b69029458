using FletActors;
using FletActors.AuthSample;
using Microsoft.AspNetCore.Server.Kestrel.Core;

var builder = WebApplication.CreateBuilder(args);

// Browsers on HTTP/1.1 (the pages, sign-in, gRPC-Web); native gRPC clients on cleartext HTTP/2, which needs a port
// of its own. A TLS endpoint would serve both on one port. The HTTP/2 port drains its connections on shutdown, so
// that native clients read their sessions' SessionClosed.
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.ListenLocalhost(builder.Configuration.GetValue("AuthSample:HttpPort", 5080), l => l.Protocols = HttpProtocols.Http1);
    kestrel.ListenLocalhost(builder.Configuration.GetValue("AuthSample:GrpcPort", 5081), l =>
    {
        l.UseFletActorsConnectionDrain();
        l.Protocols = HttpProtocols.Http2;
    });
});
AuthSampleApp.AddServices(builder);
var app = builder.Build();
AuthSampleApp.MapEndpoints(app);
app.Run();
