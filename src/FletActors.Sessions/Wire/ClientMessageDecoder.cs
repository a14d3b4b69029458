using FletActors.Protocol.V1;
using Grpc.Core;
using UiPropValue = FletActors.UI.Patching.PropValue;

namespace FletActors.Sessions.Wire;

/// <summary>
/// Decodes <c>fletactors.v1.ClientMessage</c>s that arrive for a running session. Pure. Malformed content becomes a
/// <see cref="RejectedInput"/> that the session reports to its client; only a message that has no place in a running
/// session at all (Register, Resume) is refused with an <see cref="RpcException"/>.
/// </summary>
internal static class ClientMessageDecoder
{
    /// <summary>Decodes one message under the session limits of <paramref name="options"/>.</summary>
    /// <exception cref="RpcException">InvalidArgument for Register or Resume.</exception>
    public static ClientInput Decode(ClientMessage message, SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);
        return message.KindCase switch
        {
            ClientMessage.KindOneofCase.Ack => new AckInput(message.Ack.Epoch, message.Ack.Seq),
            ClientMessage.KindOneofCase.Event => DecodeEvent(message.Event),
            ClientMessage.KindOneofCase.WriteBack => DecodeWriteBack(message.WriteBack),
            ClientMessage.KindOneofCase.PageEvent => DecodePageEvent(message.PageEvent, options),
            ClientMessage.KindOneofCase.MethodResult => new MethodResultInput(message.MethodResult.CallId, message.MethodResult.Error),
            ClientMessage.KindOneofCase.Register or ClientMessage.KindOneofCase.Resume => throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"{message.KindCase} is only allowed as the first message of a stream (Connect) or in Open, not for a running session.")),
            _ => new RejectedInput(ErrorCode.Protocol, "The client message carries no kind.", 0),
        };
    }

    /// <summary>The app model's value for a wire value, or null when the wire value has no kind.</summary>
    public static UiPropValue? Decode(PropValue? value) => value?.KindCase switch
    {
        PropValue.KindOneofCase.StringValue => UiPropValue.String(value.StringValue),
        PropValue.KindOneofCase.NumberValue => UiPropValue.Number(value.NumberValue),
        PropValue.KindOneofCase.IntValue => UiPropValue.Int(value.IntValue),
        PropValue.KindOneofCase.BoolValue => UiPropValue.Bool(value.BoolValue),
        PropValue.KindOneofCase.StringList => UiPropValue.StringList(value.StringList.Values),
        PropValue.KindOneofCase.NumberList => UiPropValue.NumberList(value.NumberList.Values),
        _ => null,
    };

    private static ClientInput DecodeEvent(Protocol.V1.ControlEvent controlEvent) =>
        controlEvent.Name.Length == 0
            ? new RejectedInput(ErrorCode.UnknownEvent, $"The event for control {controlEvent.ControlId} has no name.", controlEvent.ControlId)
            : new EventInput(controlEvent.ControlId, controlEvent.Name, controlEvent.Data);

    private static ClientInput DecodeWriteBack(ValueWriteBack writeBack)
    {
        if (writeBack.Prop.Length == 0)
        {
            return new RejectedInput(ErrorCode.InvalidValue, $"The write-back for control {writeBack.ControlId} names no prop.", writeBack.ControlId);
        }

        return Decode(writeBack.Value) is { } value
            ? new WriteBackInput(writeBack.ControlId, writeBack.Prop, value)
            : new RejectedInput(ErrorCode.InvalidValue,
                $"The write-back of \"{writeBack.Prop}\" for control {writeBack.ControlId} carries no value.", writeBack.ControlId);
    }

    private static ClientInput DecodePageEvent(PageEvent pageEvent, SessionOptions options)
    {
        switch (pageEvent.KindCase)
        {
            case PageEvent.KindOneofCase.Resize:
                var resize = pageEvent.Resize;
                return IsSize(resize.Width) && IsSize(resize.Height)
                    ? new ResizeInput(resize.Width, resize.Height)
                    : new RejectedInput(ErrorCode.InvalidValue,
                        FormattableString.Invariant($"A page size must be finite and not negative, not {resize.Width} x {resize.Height}."), 0);
            case PageEvent.KindOneofCase.RouteChange:
                return new RouteChangeInput(pageEvent.RouteChange.Route.Length == 0 ? "/" : pageEvent.RouteChange.Route);
            case PageEvent.KindOneofCase.ViewPop:
                return new ViewPopInput(pageEvent.ViewPop.Route);
            case PageEvent.KindOneofCase.ClientError:
                return new ClientErrorInput(pageEvent.ClientError.Message);
            case PageEvent.KindOneofCase.Keyboard:
                return DecodeKeyboard(pageEvent.Keyboard, options.MaxKeyLength);
            default:
                return new RejectedInput(ErrorCode.Protocol, "The page event carries no kind this server handles.", 0);
        }
    }

    private static ClientInput DecodeKeyboard(Keyboard keyboard, int maxKeyLength)
    {
        var key = keyboard.Key;
        if (key.Length == 0)
        {
            return new RejectedInput(ErrorCode.InvalidValue, "A keyboard event must name its key; this one names none.", 0);
        }

        if (key.Length > maxKeyLength)
        {
            return new RejectedInput(ErrorCode.InvalidValue, FormattableString.Invariant(
                $"A keyboard event's key is {key.Length} characters long; a key name has at most {maxKeyLength} (FletActors:MaxKeyLength). It was ignored."), 0);
        }

        return new KeyboardInput(key, keyboard.Shift, keyboard.Ctrl, keyboard.Alt, keyboard.Meta);
    }

    private static bool IsSize(double value) => value >= 0 && !double.IsInfinity(value);
}
