using System.Globalization;
using System.Text;
using FletActors.Client;
using FletActors.Protocol.V1;
using FletActors.Samples;
using FletActors.Server.Tests.Interop;
using FletActors.Server.Tests.Transport;
using Google.Protobuf;

namespace FletActors.Server.Tests.Samples;

/// <summary>
/// A scripted session of every gallery app over a real Connect stream; the patch batches it receives must equal,
/// byte for byte in their JSON form, the ones recorded in <c>Samples/Golden/gallery-patches.txt</c>. The recording
/// fixes what the samples send, so any change to the control API that alters the wire shows up here.
/// </summary>
/// <remarks>
/// To record the file again after a deliberate change of the samples, run this test with
/// <c>FLETACTORS_RECORD_GOLDEN=1</c>: it writes the file and fails, so a recording never passes by itself.
/// </remarks>
public sealed class GalleryGoldenTests
{
    private const string RecordVariable = "FLETACTORS_RECORD_GOLDEN";

    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    private static string GoldenPath => Path.Combine(InteropTools.RepositoryRoot, "tests", "FletActors.Server.Tests",
        "Samples", "Golden", "gallery-patches.txt");

    [Fact]
    public async Task Gallery_ScriptedSessionOfEveryApp_PatchesEqualTheRecording()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync(b => b.AddSampleApps());
        var recording = new StringBuilder();

        // Act
        await RecordAsync(server, recording, "gallery", GalleryScriptAsync);
        await RecordAsync(server, recording, "counter", CounterScriptAsync);
        await RecordAsync(server, recording, "todo", TodoScriptAsync);
        await RecordAsync(server, recording, "chat", ChatScriptAsync);
        await RecordAsync(server, recording, "routing", RoutingScriptAsync);

        // Assert
        var actual = recording.ToString();
        if (Environment.GetEnvironmentVariable(RecordVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenPath)!);
            await File.WriteAllTextAsync(GoldenPath, actual);
            Assert.Fail($"Recorded {GoldenPath}; run again without {RecordVariable} to compare.");
        }

        var expected = await File.ReadAllTextAsync(GoldenPath);
        AssertSameLines(expected, actual);
    }

    private static async Task GalleryScriptAsync(Script script)
    {
        await script.StartAsync("open the gallery");
    }

    private static async Task CounterScriptAsync(Script script)
    {
        await script.StartAsync("open the counter");
        var add = script.ByProp("icon", "add");
        var remove = script.ByProp("icon", "remove");
        await script.StepAsync("increment", s => s.EventAsync(add, "click"));
        await script.StepAsync("increment again", s => s.EventAsync(add, "click"));
        await script.StepAsync("decrement", s => s.EventAsync(remove, "click"));
    }

    private static async Task TodoScriptAsync(Script script)
    {
        await script.StartAsync("open the to-do list");
        var newTask = script.ByProp("hint_text", "What needs to be done?");
        await script.StepAsync("add a task with Enter", async s =>
        {
            await s.WriteStringAsync(newTask, "value", "Buy milk");
            await s.EventAsync(newTask, "submit", "Buy milk");
        });
        await script.StepAsync("add a task with the button", async s =>
        {
            await s.WriteStringAsync(newTask, "value", "Walk the dog");
            await s.EventAsync(s.Find(c => c.Type == "floatingactionbutton"), "click");
        });
        var milk = script.ByProp("label", "Buy milk");
        await script.StepAsync("complete the first task", async s =>
        {
            await s.SendAsync(new ClientMessage { WriteBack = new ValueWriteBack { ControlId = milk, Prop = "value", Value = new PropValue { BoolValue = true } } });
            await s.EventAsync(milk, "change", "true");
        });
        var tabs = script.Find(c => c.Type == "tabs");
        await script.StepAsync("filter the active tasks", async s =>
        {
            await s.SendAsync(new ClientMessage { WriteBack = new ValueWriteBack { ControlId = tabs, Prop = "selected_index", Value = new PropValue { IntValue = 1 } } });
            await s.EventAsync(tabs, "change", "1");
        });
        await script.StepAsync("show all tasks", async s =>
        {
            await s.SendAsync(new ClientMessage { WriteBack = new ValueWriteBack { ControlId = tabs, Prop = "selected_index", Value = new PropValue { IntValue = 0 } } });
            await s.EventAsync(tabs, "change", "0");
        });
        var edits = script.AllByProp("icon", "edit");
        await script.StepAsync("edit the second task", s => s.EventAsync(edits[1], "click"));
        var editField = script.Find(c => c.Type == "textfield" && c.GetString("value") == "Walk the dog");
        await script.StepAsync("save the edit", async s =>
        {
            await s.WriteStringAsync(editField, "value", "Walk the cat");
            await s.EventAsync(s.AllByProp("icon", "check")[1], "click");
        });
        await script.StepAsync("clear the completed tasks", s => s.EventAsync(s.Find(c => c.Text == "Clear completed"), "click"));
        await script.StepAsync("delete the last task", s => s.EventAsync(s.ByProp("icon", "delete"), "click"));
    }

    private static async Task ChatScriptAsync(Script script)
    {
        await script.StartAsync("open the chat");
        var join = script.Find(c => c.Text == "Join chat");
        var name = script.ByProp("label", "Enter your name to join the chat");
        await script.StepAsync("join without a name", s => s.EventAsync(join, "click"));
        await script.StepAsync("join as Ada; the join message goes to the others only", async s =>
        {
            await s.WriteStringAsync(name, "value", "Ada");
            await s.EventAsync(join, "click");
        });
        var message = script.ByProp("hint_text", "Write a message...");
        await script.StepAsync("send a message; it arrives over pub/sub", async s =>
        {
            await s.WriteStringAsync(message, "value", "Hello, everyone");
            await s.EventAsync(message, "submit", "Hello, everyone");
        }, batches: 2);
        await script.StepAsync("send another with the button", async s =>
        {
            await s.WriteStringAsync(message, "value", "Anyone here?");
            await s.EventAsync(s.ByProp("icon", "send"), "click");
        }, batches: 2);
    }

    private static async Task RoutingScriptAsync(Script script)
    {
        await script.StartAsync("open the routing sample");
        await script.StepAsync("visit the store", s => s.EventAsync(s.Find(c => c.Text == "Visit store"), "click"));
        await script.StepAsync("go to checkout", s => s.EventAsync(s.Find(c => c.Text == "Checkout" && c.Type == "elevatedbutton"), "click"));
        await script.StepAsync("pop the checkout view", s => s.SendAsync(new ClientMessage
        {
            PageEvent = new Protocol.V1.PageEvent { ViewPop = new ViewPop { Route = "/store/checkout" } },
        }));
        await script.StepAsync("go home", s => s.EventAsync(s.Find(c => c.Text == "Go home"), "click"));
    }

    private static async Task RecordAsync(LiveServer server, StringBuilder recording, string app,
        Func<Script, Task> run)
    {
        recording.Append("## ").Append(app).Append('\n');
        var script = new Script(server, app, recording);
        try
        {
            await run(script);
            await script.ExpectNothingMoreAsync();
        }
        finally
        {
            script.Dispose();
        }
    }

    private static void AssertSameLines(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        for (var i = 0; i < Math.Min(want.Length, got.Length); i++)
        {
            Assert.True(want[i] == got[i], string.Create(CultureInfo.InvariantCulture,
                $"Line {i + 1} of the recording differs.\nexpected: {want[i]}\nactual:   {got[i]}"));
        }

        Assert.Equal(want.Length, got.Length);
    }

    /// <summary>One app's session: sends the script's inputs and appends each batch it receives to the recording.</summary>
    private sealed class Script(LiveServer server, string app, StringBuilder recording) : IDisposable
    {
        private RawSession? session;
        private int batchesSeen;

        private RawSession Session => session ?? throw new InvalidOperationException("The script has not started.");

        public async Task StartAsync(string title)
        {
            recording.Append("# ").Append(title).Append('\n');
            session = await RawSession.RegisterAsync(server.Channel, app);
            await TakeBatchesAsync(1);
        }

        /// <summary>Sends the step's inputs and waits for the batches they cause.</summary>
        public async Task StepAsync(string title, Func<Script, Task> inputs, int batches = 1)
        {
            recording.Append("# ").Append(title).Append('\n');
            await inputs(this);
            await TakeBatchesAsync(batches);
        }

        /// <summary>
        /// An event for a control that never existed is answered with an error report, after every input before it:
        /// no batch may arrive before that report.
        /// </summary>
        public async Task ExpectNothingMoreAsync()
        {
            await EventAsync(ulong.MaxValue, "click");
            await Session.ReadUntilAsync(m => m.Error is not null);
            Assert.Equal(batchesSeen, Session.Batches.Count());
        }

        public Task SendAsync(ClientMessage message) => Session.SendAsync(message);

        public Task EventAsync(ulong controlId, string name, string data = "") => SendAsync(new ClientMessage
        {
            Event = new Protocol.V1.ControlEvent { ControlId = controlId, Name = name, Data = data },
        });

        public Task WriteStringAsync(ulong controlId, string prop, string value) => SendAsync(new ClientMessage
        {
            WriteBack = new ValueWriteBack { ControlId = controlId, Prop = prop, Value = new PropValue { StringValue = value } },
        });

        public ulong Find(Func<ClientControl, bool> match) =>
            Session.Tree.All().FirstOrDefault(match)?.Id
            ?? throw new InvalidOperationException($"No such control in {app}; the mirror holds:\n{Session.Tree.Dump()}");

        public ulong ByProp(string prop, string value) => Find(c => c.GetString(prop) == value);

        public List<ulong> AllByProp(string prop, string value) =>
            Session.Tree.All().Where(c => c.GetString(prop) == value).Select(c => c.Id).ToList();

        public void Dispose() => session?.Dispose();

        private async Task TakeBatchesAsync(int count)
        {
            var target = batchesSeen + count;
            while (Session.Batches.Count() < target)
            {
                _ = await Session.ReadAsync()
                    ?? throw new InvalidOperationException($"{app}: the stream ended before batch {target}.");
            }

            foreach (var batch in Session.Batches.Skip(batchesSeen))
            {
                // The epoch is per session and says nothing about the app; seq, reset and ops are the recording.
                var recorded = batch.Clone();
                recorded.Epoch = 0;
                recording.Append(Json.Format(recorded)).Append('\n');
            }

            batchesSeen = Session.Batches.Count();
        }
    }
}
