using System.Globalization;

namespace FletActors.Sessions;

/// <summary>
/// What a turn runs on behalf of: the app's Main, a control's event handler, a page event, a task body. Carried by
/// the session's synchronization context so that a failure after an await is still reported with its control and
/// event.
/// </summary>
internal readonly record struct TurnOrigin(string What, ulong ControlId, string EventName)
{
    public static TurnOrigin Main { get; } = new("main", 0, string.Empty);

    public static TurnOrigin Session { get; } = new("session", 0, string.Empty);

    public static TurnOrigin Event(ulong controlId, string name) => new("handler", controlId, name);

    public static TurnOrigin PageEvent(string name) => new("handler", PageControlId, name);

    public static TurnOrigin Task(ulong ownerId) => new("task", ownerId, "run_task");

    public static TurnOrigin Lifecycle => new("lifecycle", 0, "update");

    private const ulong PageControlId = 1;

    /// <summary>A phrase for messages: "the click handler of control 5", "Main" ...</summary>
    public string Describe() => What switch
    {
        "main" => "Main",
        "handler" when ControlId == PageControlId => $"the page's {EventName} handler",
        "handler" => string.Create(CultureInfo.InvariantCulture, $"the {EventName} handler of control {ControlId}"),
        "task" when ControlId != 0 => string.Create(CultureInfo.InvariantCulture, $"a RunTask body of control {ControlId}"),
        "task" => "a RunTask body",
        "lifecycle" => "a BeforeUpdate, DidMount or WillUnmount callback",
        _ => "session work",
    };
}
