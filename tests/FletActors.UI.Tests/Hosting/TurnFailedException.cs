namespace FletActors.UI.Tests.Hosting;

internal sealed class TurnFailedException(Exception inner) : Exception($"The turn failed: {inner.Message}", inner);
