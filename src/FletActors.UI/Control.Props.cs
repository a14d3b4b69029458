using FletActors.UI.Patching;

namespace FletActors;

// Prop storage: a short array of entries holding the value the app set (Current) and the value the client has
// (Sent). A prop is pending while the two differ; a flush sends it and makes them equal. Values equal to the
// prop's default are stored as null, so they are not sent at all.
public abstract partial class Control
{
    private PropEntry[] props = [];
    private int propCount;

    internal PropValue? GetProp(string name)
    {
        var index = FindProp(name);
        return index < 0 ? null : props[index].Current;
    }

    internal void SetProp(string name, PropValue? value)
    {
        CheckAccess();
        var index = FindProp(name);
        if (index < 0)
        {
            if (value is null)
            {
                return;
            }

            index = AppendProp(name);
        }
        else if (Equals(props[index].Current, value))
        {
            return;
        }

        props[index].Current = value;
        ClientPage?.QueueProps(this);
    }

    /// <summary>Takes a value the client already shows: it becomes current and sent, so it is never echoed back.</summary>
    internal void AcceptClientValue(string name, PropValue? value)
    {
        CheckAccess();
        var index = FindProp(name);
        if (index < 0)
        {
            if (value is null)
            {
                return;
            }

            index = AppendProp(name);
        }

        props[index].Current = value;
        props[index].Sent = value;
    }

    /// <summary>Props whose current value differs from what the client has; marks them sent.</summary>
    internal List<Prop>? TakeChangedProps()
    {
        List<Prop>? changed = null;
        for (var i = 0; i < propCount; i++)
        {
            ref var entry = ref props[i];
            if (!Equals(entry.Current, entry.Sent))
            {
                (changed ??= []).Add(new Prop(entry.Name, entry.Current));
                entry.Sent = entry.Current;
            }
        }

        CompactProps();
        return changed;
    }

    /// <summary>Every non-default prop, for a snapshot; marks them all sent.</summary>
    internal List<Prop> TakeAllProps()
    {
        var all = new List<Prop>(propCount);
        for (var i = 0; i < propCount; i++)
        {
            ref var entry = ref props[i];
            entry.Sent = entry.Current;
            if (entry.Current is not null)
            {
                all.Add(new Prop(entry.Name, entry.Current));
            }
        }

        CompactProps();
        return all;
    }

    /// <summary>Every non-default prop, without touching what counts as sent.</summary>
    internal List<Prop> CurrentProps()
    {
        var all = new List<Prop>(propCount);
        for (var i = 0; i < propCount; i++)
        {
            if (props[i].Current is { } value)
            {
                all.Add(new Prop(props[i].Name, value));
            }
        }

        return all;
    }

    /// <summary>
    /// Makes this control's "sent" values those the client shows for <paramref name="previous"/>, whose client node
    /// this control takes over (keyed reconciliation); the next diff then sends only the differences.
    /// </summary>
    internal void InheritSentProps(Control previous)
    {
        for (var i = 0; i < propCount; i++)
        {
            props[i].Sent = null;
        }

        for (var i = 0; i < previous.propCount; i++)
        {
            var entry = previous.props[i];
            if (entry.Sent is null)
            {
                continue;
            }

            var index = FindProp(entry.Name);
            if (index < 0)
            {
                index = AppendProp(entry.Name);
            }

            props[index].Sent = entry.Sent;
        }
    }

    internal string? GetString(string name) => GetProp(name)?.StringValue;

    internal void SetString(string name, string? value) => SetProp(name, value is null ? null : PropValue.String(value));

    internal double? GetNumber(string name) => GetProp(name)?.NumberValue;

    internal double GetNumber(string name, double defaultValue) => GetProp(name)?.NumberValue ?? defaultValue;

    internal void SetNumber(string name, double? value) => SetProp(name, value is { } v ? PropValue.Number(v) : null);

    internal void SetNumber(string name, double value, double defaultValue) =>
        SetProp(name, value.Equals(defaultValue) ? null : PropValue.Number(value));

    internal int? GetInt(string name) => GetProp(name) is { } value ? checked((int)value.IntValue) : null;

    internal int GetInt(string name, int defaultValue) => GetInt(name) ?? defaultValue;

    internal void SetInt(string name, int? value) => SetProp(name, value is { } v ? PropValue.Int(v) : null);

    internal void SetInt(string name, int value, int defaultValue) =>
        SetProp(name, value == defaultValue ? null : PropValue.Int(value));

    internal bool GetBool(string name, bool defaultValue) => GetProp(name)?.BoolValue ?? defaultValue;

    internal void SetBool(string name, bool value, bool defaultValue) =>
        SetProp(name, value == defaultValue ? null : PropValue.Bool(value));

    internal TEnum? GetEnum<TEnum>(string name)
        where TEnum : struct, Enum => GetString(name) is { } wire ? WireNames<TEnum>.Parse(wire) : null;

    internal void SetEnum<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum => SetString(name, value is { } v ? WireNames<TEnum>.Of(v) : null);

    internal T? GetValue<T>(string name)
        where T : struct, IPropConvertible<T> => GetProp(name) is { } value ? T.FromProp(value) : null;

    internal void SetValue<T>(string name, T? value)
        where T : struct, IPropConvertible<T> => SetProp(name, value?.ToProp());

    private int FindProp(string name)
    {
        for (var i = 0; i < propCount; i++)
        {
            if (string.Equals(props[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int AppendProp(string name)
    {
        if (propCount == props.Length)
        {
            // Most controls set one to three props: start with room for one and double, so they rarely carry room
            // they never use.
            Array.Resize(ref props, propCount == 0 ? 1 : propCount * 2);
        }

        props[propCount] = new PropEntry { Name = name };
        return propCount++;
    }

    // Entries back at their default on both sides carry nothing; dropping them, and any room left from growing, keeps
    // idle controls small: after a flush a control stays as it is until the app changes it.
    private void CompactProps()
    {
        var kept = 0;
        for (var i = 0; i < propCount; i++)
        {
            if (props[i].Current is not null || props[i].Sent is not null)
            {
                props[kept++] = props[i];
            }
        }

        propCount = kept;
        if (kept < props.Length)
        {
            props = kept == 0 ? [] : props[..kept];
        }
    }

    private struct PropEntry
    {
        public string Name;
        public PropValue? Current;
        public PropValue? Sent;
    }
}
