using FsCheck;
using FsCheck.Fluent;

namespace FletActors.Actors.Tests.Mailbox;

/// <summary>
/// The mailbox queue against a plain FIFO model: random scripts of enqueues (in runs long enough to cross every ring
/// size), dequeues (one or a batch, as a turn takes them) and end-of-turn trims; after every step the queue must
/// return exactly what the model does and agree on emptiness.
/// </summary>
public sealed class MpscQueuePropertyTests
{
    private const int StepKinds = 4;

    private sealed class Holder
    {
        public MpscQueue Queue;
    }

    [Fact]
    public void Queue_RandomEnqueueDequeueTrimScripts_BehavesAsAFifo()
    {
        var step = Gen.Choose(0, StepKinds - 1).Zip(Gen.Choose(1, 3_000));
        var script = Gen.ListOf(step).Select(s => s.Take(60).ToArray()).ToArbitrary();

        Prop.ForAll(script, Run)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    private static bool Run((int Kind, int Size)[] steps)
    {
        var holder = new Holder();
        var model = new Queue<int>();
        var nextValue = 0;
        foreach (var (kind, size) in steps)
        {
            switch (kind)
            {
                case 0:
                    // Mostly short runs, sometimes long ones that grow the ring through several sizes.
                    var run = size % 7 == 0 ? size : (size % 5) + 1;
                    for (var i = 0; i < run; i++)
                    {
                        holder.Queue.Enqueue(nextValue, null);
                        model.Enqueue(nextValue++);
                    }

                    break;
                case 1:
                    TakeAndCompare(holder, model, 1);
                    break;
                case 2:
                    TakeAndCompare(holder, model, size);
                    break;
                default:
                    holder.Queue.TrimIfDrained();
                    if (model.Count == 0 && holder.Queue.HeadCapacity > MpscQueue.InitialSegmentCapacity)
                    {
                        throw new InvalidOperationException($"a drained trim left a ring of {holder.Queue.HeadCapacity}");
                    }

                    break;
            }

            if (holder.Queue.IsEmpty != (model.Count == 0))
            {
                throw new InvalidOperationException($"IsEmpty is {holder.Queue.IsEmpty} with {model.Count} queued");
            }
        }

        TakeAndCompare(holder, model, int.MaxValue);
        return holder.Queue.IsEmpty;
    }

    private static void TakeAndCompare(Holder holder, Queue<int> model, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var dequeued = holder.Queue.TryDequeue(out var message, out _);
            if (!model.TryDequeue(out var expected))
            {
                if (dequeued)
                {
                    throw new InvalidOperationException($"dequeued {message} from a queue the model says is empty");
                }

                return;
            }

            if (!dequeued || (int)message != expected)
            {
                throw new InvalidOperationException($"expected {expected}, got {(dequeued ? message : "nothing")}");
            }
        }
    }
}
