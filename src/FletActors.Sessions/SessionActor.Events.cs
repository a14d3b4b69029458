using System.Globalization;
using FletActors.Protocol.V1;
using FletActors.Sessions.Wire;
using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors.Sessions;

// Client input: events, write-backs and page events enter the page as turns; bad input is answered with an error
// report to this client and changes nothing.
internal sealed partial class SessionActor
{
    private void OnClientInput(ClientInput input)
    {
        if (!hasStarted)
        {
            return;
        }

        switch (input)
        {
            case AckInput ack:
                OnAck(ack);
                break;
            case EventInput controlEvent:
                RunTurn(TurnOrigin.Event(controlEvent.ControlId, controlEvent.Name), () => Dispatch(controlEvent));
                break;
            case WriteBackInput writeBack:
                RunTurn(TurnOrigin.Event(writeBack.ControlId, "write_back"), () => WriteBack(writeBack));
                break;
            case ResizeInput resize:
                RunTurn(TurnOrigin.PageEvent("resize"), () => Resize(resize));
                break;
            case KeyboardInput key:
                RunTurn(TurnOrigin.PageEvent("keyboard_event"), () => page.HandleKeyboard(key.Key, key.Shift, key.Ctrl, key.Alt, key.Meta));
                break;
            case RouteChangeInput route:
                RunTurn(TurnOrigin.PageEvent("route_change"), () => page.HandleRouteChange(route.Route));
                break;
            case ViewPopInput pop:
                RunTurn(TurnOrigin.PageEvent("view_pop"), () => page.HandleViewPop(pop.Route));
                break;
            case ClientErrorInput error:
                RunTurn(TurnOrigin.PageEvent("error"), () => page.HandleClientError(error.Message));
                break;
            case MethodResultInput result:
                OnMethodResult(result);
                break;
            case RejectedInput rejected:
                ReportToClient(rejected.Code, rejected.Message, rejected.ControlId);
                break;
        }

        if (input is not AckInput)
        {
            setup.Metrics.InputFlushed(input.ReceivedAt);
        }
    }

    // Queued by the manager behind the first numbered input it accepted since the last confirmation, so it runs
    // after every input already in the mailbox and confirms them all with one message.
    private void OnConfirmInputs() =>
        SendToClient(new ServerMessage { InputAck = new InputAck { LastInputSeq = setup.Inputs.TakeConfirmation() } });

    private void Dispatch(EventInput input)
    {
        switch (page.DispatchEvent(input.ControlId, input.Name, input.Data, out var invalidData))
        {
            case EventDispatchResult.UnknownControl:
                ReportToClient(ErrorCode.UnknownControl, UnknownControl(input.ControlId, $"the {ClientText.Quote(input.Name)} event"), input.ControlId);
                break;
            case EventDispatchResult.UnknownEvent:
                ReportToClient(ErrorCode.UnknownEvent, string.Create(CultureInfo.InvariantCulture,
                    $"Control {input.ControlId} ({TypeOf(input.ControlId)}) has no {ClientText.Quote(input.Name)} event."), input.ControlId);
                break;
            case EventDispatchResult.InvalidData:
                ReportToClient(ErrorCode.InvalidValue, string.Create(CultureInfo.InvariantCulture,
                    $"The {ClientText.Quote(input.Name)} event of control {input.ControlId} ({TypeOf(input.ControlId)}) carries {ClientText.Quote(input.Data)}, but {invalidData}; it was ignored."),
                    input.ControlId);
                break;
        }
    }

    private void Resize(ResizeInput input)
    {
        if (!page.HandleResize(input.Width, input.Height))
        {
            ReportToClient(ErrorCode.InvalidValue, string.Create(CultureInfo.InvariantCulture,
                $"A page size of {input.Width} x {input.Height} was ignored: width and height are finite numbers, 0 or more."), 0);
        }
    }

    private void WriteBack(WriteBackInput input)
    {
        switch (page.ApplyWriteBack(input.ControlId, input.Prop, input.Value))
        {
            case WriteBackResult.UnknownControl:
                ReportToClient(ErrorCode.UnknownControl, UnknownControl(input.ControlId, $"the write-back of {ClientText.Quote(input.Prop)}"), input.ControlId);
                break;
            case WriteBackResult.NotWritable:
                ReportToClient(ErrorCode.InvalidValue, string.Create(CultureInfo.InvariantCulture,
                    $"Control {input.ControlId} ({TypeOf(input.ControlId)}) does not take {ClientText.Quote(input.Prop)} from the client."), input.ControlId);
                break;
            case WriteBackResult.WrongType:
                ReportToClient(ErrorCode.InvalidValue, string.Create(CultureInfo.InvariantCulture,
                    $"{ClientText.Quote(input.Prop)} of control {input.ControlId} ({TypeOf(input.ControlId)}) takes a {KindName(WritableKind(input))} value, not a {KindName(input.Value.Kind)}."),
                    input.ControlId);
                break;
        }
    }

    private static string UnknownControl(ulong controlId, string what) => string.Create(CultureInfo.InvariantCulture,
        $"Control {controlId} is not on the page (it was never sent or has been removed); {what} was ignored.");

    private string TypeOf(ulong controlId) =>
        page.Tree.ById.TryGetValue(controlId, out var control) ? control.ControlType : "unknown";

    private PropKind? WritableKind(WriteBackInput input) =>
        page.Tree.ById.TryGetValue(input.ControlId, out var control) ? control.WritableKind(input.Prop) : null;

    private static string KindName(PropKind? kind) => kind switch
    {
        PropKind.String => "string",
        PropKind.Number => "number",
        PropKind.Int => "int",
        PropKind.Bool => "bool",
        PropKind.StringList => "string list",
        PropKind.NumberList => "number list",
        _ => "different",
    };
}
