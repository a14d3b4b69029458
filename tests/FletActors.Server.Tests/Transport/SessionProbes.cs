using FletActors.Client;

namespace FletActors.Server.Tests.Transport;

/// <summary>Mirror queries for the hello app.</summary>
public static class SessionProbes
{
    public static ClientControl? Button(ClientTree tree) => tree.FindByText(HelloApp.ButtonText);

    public static int Hellos(ClientTree tree) => tree.FindAllByText(HelloApp.HelloText).Count;

    /// <summary>A probe that finds the tree once it holds exactly <paramref name="count"/> "Hello!" texts.</summary>
    public static Func<ClientTree, ClientTree?> HellosReach(int count) => t => Hellos(t) == count ? t : null;
}
