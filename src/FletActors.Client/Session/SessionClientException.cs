namespace FletActors.Client;

/// <summary>The session client could not do what was asked: it gave up reconnecting, or the session is over.</summary>
public sealed class SessionClientException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SessionClientException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SessionClientException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SessionClientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
