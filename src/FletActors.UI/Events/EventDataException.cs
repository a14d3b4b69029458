namespace FletActors;

/// <summary>
/// A client event's data does not parse as its kind requires. Thrown while the event is built, before any handler
/// runs, and answered to the client as an invalid value; app code never sees it.
/// </summary>
internal sealed class EventDataException(string expectation) : Exception(expectation);
