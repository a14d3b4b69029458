namespace FletActors.Protocol;

/// <summary>
/// A gRPC call ended with a non-OK status. Server handlers throw it to choose the status they return; the client
/// throws it when a call fails.
/// </summary>
public sealed class RpcException : Exception
{
    /// <summary>Creates the exception from a code and a detail message.</summary>
    public RpcException(StatusCode code, string detail)
        : this(new Status(code, detail))
    {
    }

    /// <summary>Creates the exception from a status.</summary>
    public RpcException(Status status)
        : base(status.ToString())
    {
        ArgumentNullException.ThrowIfNull(status);
        Status = status;
    }

    /// <summary>Creates the exception from a status and the exception that caused it.</summary>
    public RpcException(Status status, Exception? innerException)
        : base(status.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(status);
        Status = status;
    }

    /// <summary>Creates an <see cref="StatusCode.Unknown"/> exception (for serializers and tooling).</summary>
    public RpcException()
        : this(StatusCode.Unknown, string.Empty)
    {
    }

    /// <summary>Creates an <see cref="StatusCode.Unknown"/> exception with a detail message.</summary>
    public RpcException(string message)
        : this(StatusCode.Unknown, message)
    {
    }

    /// <summary>Creates an <see cref="StatusCode.Unknown"/> exception with a detail message and a cause.</summary>
    public RpcException(string message, Exception? innerException)
        : this(new Status(StatusCode.Unknown, message), innerException)
    {
    }

    /// <summary>The status the call ended with.</summary>
    public Status Status { get; }

    /// <summary>The status code.</summary>
    public StatusCode StatusCode => Status.Code;

    /// <summary>The detail message.</summary>
    public string Detail => Status.Detail;
}
