using FletActors.Protocol.V1;
using FletActors.Samples;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// Event data the control's event cannot parse, sent by a raw gRPC client: the client gets an error report naming
/// the control, no handler runs, and the session goes on serving the same stream.
/// </summary>
public sealed class MalformedEventDataTests
{
    [Fact]
    public async Task ChangeEvent_CheckboxDataNotABool_InvalidValueToThatClientAndTheSessionGoesOn()
    {
        // Arrange: the to-do sample with one task, whose checkbox has a change handler
        await using var server = await LiveServer.StartAsync(b => b.AddSampleApps());
        using var session = await RawSession.RegisterAsync(server.Channel, "todo");
        var newTask = session.Tree.FindByProp("hint_text", new PropValue { StringValue = "What needs to be done?" })!.Id;
        await session.SendAsync(new ClientMessage { WriteBack = new ValueWriteBack { ControlId = newTask, Prop = "value", Value = new PropValue { StringValue = "Buy milk" } } });
        await session.SendAsync(Event(newTask, "submit", "Buy milk"));
        var checkbox = await session.WaitForAsync(tree => tree.FindByType("checkbox"));
        var batchesBefore = session.Batches.Count();

        // Act
        await session.SendAsync(Event(checkbox.Id, "change", "maybe"));
        var report = (await session.ReadUntilAsync(m => m.Error is not null)).Error;
        await session.SendAsync(new ClientMessage { WriteBack = new ValueWriteBack { ControlId = checkbox.Id, Prop = "value", Value = new PropValue { BoolValue = true } } });
        await session.SendAsync(Event(checkbox.Id, "change", "true"));
        var itemsLeft = await session.WaitForAsync(tree => tree.FindByText("0 items left"));

        // Assert
        Assert.Equal((ErrorCode.InvalidValue, checkbox.Id), (report.Code, report.ControlId));
        Assert.Contains("\"maybe\"", report.Message, StringComparison.Ordinal);
        Assert.Contains("true or false", report.Message, StringComparison.Ordinal);
        Assert.Equal(batchesBefore + 1, session.Batches.Count());
        Assert.NotNull(itemsLeft);
        Assert.DoesNotContain(session.Received, m => m.Closed is not null);
    }

    [Fact]
    public async Task Resize_SizeNotFinite_InvalidValueToThatClientAndTheSessionGoesOn()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync(b => b.AddSampleApps());
        using var session = await RawSession.RegisterAsync(server.Channel, "resize");

        // Act
        await session.SendAsync(Resize(double.NaN, 600));
        var report = (await session.ReadUntilAsync(m => m.Error is not null)).Error;
        await session.SendAsync(Resize(1024, 768));
        var reported = await session.WaitForAsync(tree => tree.FindByText("New page size: 1024 x 768"));

        // Assert
        Assert.Equal((ErrorCode.InvalidValue, 0UL), (report.Code, report.ControlId));
        Assert.Contains("NaN", report.Message, StringComparison.Ordinal);
        Assert.NotNull(reported);
    }

    [Fact]
    public async Task Keyboard_KeyLongerThanMaxKeyLength_InvalidValueToThatClientAndTheSessionGoesOn()
    {
        // Arrange: a limit of 8 set as an operator would, so "Arrow Down" (10) is too long and "Enter" fits
        await using var server = await LiveServer.StartAsync(b => b.AddSampleApps(), args: ["--FletActors:MaxKeyLength=8"]);
        using var session = await RawSession.RegisterAsync(server.Channel, "keyboard");
        var batchesBefore = session.Batches.Count();

        // Act
        await session.SendAsync(Key("Arrow Down", shift: false));
        var report = (await session.ReadUntilAsync(m => m.Error is not null)).Error;
        await session.SendAsync(Key("Enter", shift: true));
        var shown = await session.WaitForAsync(tree => tree.FindByText("Key: Enter, Shift: True, Control: False, Alt: False, Meta: False"));

        // Assert
        Assert.Equal((ErrorCode.InvalidValue, 0UL), (report.Code, report.ControlId));
        Assert.Contains("at most 8 (FletActors:MaxKeyLength)", report.Message, StringComparison.Ordinal);
        Assert.Equal(batchesBefore + 1, session.Batches.Count());
        Assert.NotNull(shown);
        Assert.DoesNotContain(session.Received, m => m.Closed is not null);
    }

    private static ClientMessage Key(string key, bool shift) =>
        new() { PageEvent = new Protocol.V1.PageEvent { Keyboard = new Protocol.V1.Keyboard { Key = key, Shift = shift } } };

    private static ClientMessage Event(ulong controlId, string name, string data) =>
        new() { Event = new Protocol.V1.ControlEvent { ControlId = controlId, Name = name, Data = data } };

    private static ClientMessage Resize(double width, double height) =>
        new() { PageEvent = new Protocol.V1.PageEvent { Resize = new Protocol.V1.Resize { Width = width, Height = height } } };
}
