using FletActors.Protocol.V1;
using FletActors.Sessions;
using FletActors.Sessions.Wire;
using Grpc.Core;
using UiPropKind = FletActors.UI.Patching.PropKind;

namespace FletActors.Server.Tests.Wire;

public sealed class ClientMessageDecoderTests
{
    private static readonly SessionOptions Options = new() { MaxKeyLength = 12 };

    [Fact]
    public void Decode_RegisterOrResume_ThrowsInvalidArgument()
    {
        // Arrange
        var register = new ClientMessage { Register = new Register() };
        var resume = new ClientMessage { Resume = new Resume() };

        // Act
        var first = Assert.Throws<RpcException>(() => Decode(register));
        var second = Assert.Throws<RpcException>(() => Decode(resume));

        // Assert
        Assert.Equal(StatusCode.InvalidArgument, first.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, second.StatusCode);
    }

    [Fact]
    public void Decode_Ack_IsFreeOfTheRateLimit()
    {
        // Act
        var input = Decode(new ClientMessage { Ack = new Ack { Epoch = 1, Seq = 7 } });

        // Assert
        Assert.Equal(new AckInput(1, 7), input);
        Assert.False(input.CountsTowardsRate);
    }

    [Fact]
    public void Decode_ControlEvent_CountsTowardsTheRateLimit()
    {
        // Act
        var input = Decode(new ClientMessage { Event = new Protocol.V1.ControlEvent { ControlId = 4, Name = "click", Data = "x" } });

        // Assert
        Assert.Equal(new EventInput(4, "click", "x"), input);
        Assert.True(input.CountsTowardsRate);
    }

    [Theory]
    [MemberData(nameof(WireValues))]
    public void Decode_WriteBackOfEachKind_KeepsKindAndValue(PropValue value, int kind, string text)
    {
        // Act
        var input = Decode(new ClientMessage
        {
            WriteBack = new ValueWriteBack { ControlId = 9, Prop = "value", Value = value },
        });

        // Assert
        var writeBack = Assert.IsType<WriteBackInput>(input);
        Assert.Equal((UiPropKind)kind, writeBack.Value.Kind);
        Assert.Equal(text, writeBack.Value.ToString());
    }

    public static TheoryData<PropValue, int, string> WireValues() => new()
    {
        { new PropValue { StringValue = "hi" }, (int)UiPropKind.String, "\"hi\"" },
        { new PropValue { NumberValue = 0.5 }, (int)UiPropKind.Number, "0.5" },
        { new PropValue { IntValue = 42 }, (int)UiPropKind.Int, "42" },
        { new PropValue { BoolValue = true }, (int)UiPropKind.Bool, "true" },
        { new PropValue { StringList = new StringList { Values = { "a", "b" } } }, (int)UiPropKind.StringList, "[\"a\", \"b\"]" },
        { new PropValue { NumberList = new NumberList { Values = { 1, 2.5 } } }, (int)UiPropKind.NumberList, "[1, 2.5]" },
    };

    [Theory]
    [MemberData(nameof(BadMessages))]
    public void Decode_MalformedContent_IsRejectedWithACodeForTheClient(ClientMessage message, ErrorCode code)
    {
        // Act
        var input = Decode(message);

        // Assert
        var rejected = Assert.IsType<RejectedInput>(input);
        Assert.Equal(code, rejected.Code);
        Assert.NotEmpty(rejected.Message);
    }

    public static TheoryData<ClientMessage, ErrorCode> BadMessages() => new()
    {
        { new ClientMessage(), ErrorCode.Protocol },
        { new ClientMessage { Event = new Protocol.V1.ControlEvent { ControlId = 3 } }, ErrorCode.UnknownEvent },
        { new ClientMessage { WriteBack = new ValueWriteBack { ControlId = 3, Prop = "value" } }, ErrorCode.InvalidValue },
        { new ClientMessage { WriteBack = new ValueWriteBack { ControlId = 3, Value = new PropValue { BoolValue = true } } }, ErrorCode.InvalidValue },
        { new ClientMessage { PageEvent = new PageEvent { Resize = new Resize { Width = -1, Height = 10 } } }, ErrorCode.InvalidValue },
        { new ClientMessage { PageEvent = new PageEvent { Resize = new Resize { Width = double.PositiveInfinity, Height = 10 } } }, ErrorCode.InvalidValue },
        { new ClientMessage { PageEvent = new PageEvent() }, ErrorCode.Protocol },
        { new ClientMessage { PageEvent = new PageEvent { Keyboard = new Keyboard() } }, ErrorCode.InvalidValue },
        { new ClientMessage { PageEvent = new PageEvent { Keyboard = new Keyboard { Key = new string('K', 13) } } }, ErrorCode.InvalidValue },
    };

    [Fact]
    public void Decode_PageEvents_MapToTheirInputs()
    {
        // Act
        var resize = Decode(new ClientMessage { PageEvent = new PageEvent { Resize = new Resize { Width = 3, Height = 4 } } });
        var route = Decode(new ClientMessage { PageEvent = new PageEvent { RouteChange = new RouteChange { Route = "/a" } } });
        var pop = Decode(new ClientMessage { PageEvent = new PageEvent { ViewPop = new ViewPop { Route = "/b" } } });
        var error = Decode(new ClientMessage { PageEvent = new PageEvent { ClientError = new ClientError { Message = "m" } } });
        var key = Decode(new ClientMessage { PageEvent = new PageEvent { Keyboard = new Keyboard { Key = "Arrow Down", Shift = true, Meta = true } } });

        // Assert
        Assert.Equal(new ResizeInput(3, 4), resize);
        Assert.Equal(new RouteChangeInput("/a"), route);
        Assert.Equal(new ViewPopInput("/b"), pop);
        Assert.Equal(new ClientErrorInput("m"), error);
        Assert.Equal(new KeyboardInput("Arrow Down", Shift: true, Ctrl: false, Alt: false, Meta: true), key);
        Assert.True(key.CountsTowardsRate);
    }

    [Fact]
    public void Decode_KeyAtMaxKeyLength_AcceptedOneLongerRefusedNamingTheLimit()
    {
        // Act
        var longest = Decode(new ClientMessage { PageEvent = new PageEvent { Keyboard = new Keyboard { Key = new string('K', 12) } } });
        var tooLong = Decode(new ClientMessage { PageEvent = new PageEvent { Keyboard = new Keyboard { Key = new string('K', 13) } } });

        // Assert
        Assert.Equal(new string('K', 12), Assert.IsType<KeyboardInput>(longest).Key);
        var rejected = Assert.IsType<RejectedInput>(tooLong);
        Assert.Contains("FletActors:MaxKeyLength", rejected.Message, StringComparison.Ordinal);
        Assert.Contains("13", rejected.Message, StringComparison.Ordinal);
    }

    private static ClientInput Decode(ClientMessage message) => ClientMessageDecoder.Decode(message, Options);
}
