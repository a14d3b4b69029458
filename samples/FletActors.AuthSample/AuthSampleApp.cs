using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace FletActors.AuthSample;

/// <summary>
/// An ASP.NET Core app that already has its own sign-in and endpoints, and serves two FletActors apps beside them:
/// a greeter only signed-in users reach (its page answers 401 and its gRPC calls UNAUTHENTICATED to anyone else) and
/// a public about page.
/// </summary>
public static class AuthSampleApp
{
    /// <summary>The header the greeter reads; sessions capture it when they start.</summary>
    public const string LanguageHeader = "Accept-Language";

    /// <summary>The host's services: cookie authentication, authorization, FletActors.</summary>
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "fletactors-demo";

                // Refusals are answered as such (401, 403) rather than redirected to a sign-in page, so browsers,
                // scripts and gRPC-Web clients all see what happened.
                cookie.Events.OnRedirectToLogin = context =>
                {
                    // With a body, which browsers show; an empty 401 is an error page of their own.
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.ContentType = "text/html; charset=utf-8";
                    return context.Response.WriteAsync(NotSignedInPage, context.HttpContext.RequestAborted);
                };
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorization();

        // Nodes of one cluster behind a load balancer must read each other's sign-in cookies, so they keep their Data
        // Protection keys in one shared directory (AuthSample:KeysDirectory); a single node needs none.
        if (builder.Configuration["AuthSample:KeysDirectory"] is { Length: > 0 } keys)
        {
            builder.Services.AddDataProtection()
                .PersistKeysToFileSystem(new DirectoryInfo(keys))
                .SetApplicationName("FletActors.AuthSample");
        }

        builder.Services.AddSingleton(DemoUsers.From(builder.Configuration));
        builder.Services.AddFletActors(builder.Configuration, options => options with { CapturedHeaders = [LanguageHeader] });
    }

    /// <summary>The host's pipeline and endpoints, FletActors' apps among them.</summary>
    public static void MapEndpoints(WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/", () => Results.Redirect("/about"));
        app.MapGet("/sign-in", () => Results.Content(SignInForm, "text/html; charset=utf-8"));
        app.MapPost("/sign-in", SignInAsync);
        app.MapPost("/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/about");
        });
        app.MapGet("/api/me", (ClaimsPrincipal user) => Results.Json(new { name = user.Identity?.Name }))
            .RequireAuthorization();

        app.MapFlet("/greeter", Greeter.Main).RequireAuthorization();
        app.MapFlet("/about", About.Main);
    }

    /// <summary>
    /// Signs a demo user in with a cookie, then sends the browser to the greeter. The form is read by hand: a sign-in
    /// form posted from this site's own page needs no antiforgery token to protect anything the user has.
    /// </summary>
    private static async Task<IResult> SignInAsync(HttpContext context, DemoUsers users)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var name = form["user"].ToString();
        if (!users.Check(name, form["password"].ToString()))
        {
            return Results.Text("Unknown user or wrong password.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, name), new Claim(ClaimTypes.Name, name)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect("/greeter");
    }

    private const string NotSignedInPage = """
        <!doctype html>
        <html lang="en">
          <head><meta charset="utf-8" /><title>Sign in first</title></head>
          <body><p>This page is for signed-in users: <a href="/sign-in">sign in</a>.</p></body>
        </html>
        """;

    private const string SignInForm = """
        <!doctype html>
        <html lang="en">
          <head><meta charset="utf-8" /><title>Sign in</title></head>
          <body>
            <form method="post" action="/sign-in">
              <label>User <input name="user" autocomplete="username" /></label>
              <label>Password <input name="password" type="password" autocomplete="current-password" /></label>
              <button type="submit">Sign in</button>
            </form>
          </body>
        </html>
        """;
}
