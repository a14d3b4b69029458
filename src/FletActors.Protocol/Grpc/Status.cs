namespace FletActors.Protocol;

/// <summary>The outcome of a gRPC call: a code and a human-readable detail (sent as <c>grpc-message</c>).</summary>
/// <param name="Code">The status code.</param>
/// <param name="Detail">The detail message; empty when there is none.</param>
public sealed record Status(StatusCode Code, string Detail)
{
    /// <summary>The successful status with no detail.</summary>
    public static Status Ok { get; } = new(StatusCode.OK, string.Empty);

    /// <inheritdoc />
    public override string ToString() => Detail.Length == 0 ? $"{Code}" : $"{Code}: {Detail}";
}
