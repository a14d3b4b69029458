namespace FletActors.Client;

/// <summary>Opens a new <see cref="ISessionConnection"/> to the server; called again for every reconnect.</summary>
internal interface ISessionConnector
{
    ValueTask<ISessionConnection> ConnectAsync(CancellationToken cancellationToken);
}
