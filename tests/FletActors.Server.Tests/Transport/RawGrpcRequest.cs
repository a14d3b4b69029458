using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;

namespace FletActors.Server.Tests.Transport;

/// <summary>Hand-made gRPC requests over plain HttpClient (HTTP/2), for bodies no well-behaved client sends.</summary>
public static class RawGrpcRequest
{
    public static HttpRequestMessage Request(Uri server, string path, byte[] body, string contentType = "application/grpc",
        Version? version = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path))
        {
            Version = version ?? HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        return request;
    }

    /// <summary>Sends the request, reads the whole body, and returns the status from headers or trailers.</summary>
    public static async Task<(HttpResponseMessage Response, byte[] Body, Status? Status)> SendAsync(
        HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response, body, GrpcStatusHeaders.From(response));
    }

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> and returns the gRPC status and the messages before it.</summary>
    public static async Task<(Status Status, byte[] Body)> CallAsync(Uri server, string path, byte[] body)
    {
        using var http = new HttpClient();
        using var request = Request(server, path, body);
        var (response, bytes, status) = await SendAsync(http, request);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (status ?? throw new InvalidOperationException("The response carries no grpc-status."), bytes);
        }
    }

    /// <summary>The single value of a response header, or null.</summary>
    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : null;
}
