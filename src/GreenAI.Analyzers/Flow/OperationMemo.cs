using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// A fact computed once per operation and shared by every call that asks: the driver visits each call of a method
/// body on its own and many calls go through the same client, so per-body and per-client facts are kept here rather
/// than computed per call. Weak keys: a fact lives as long as the operation tree it describes. Reads take no lock.
/// </summary>
internal sealed class OperationMemo<T>
{
    private readonly ConditionalWeakTable<IOperation, Box> _facts = new();

    /// <summary>The memoised fact, or <paramref name="compute"/>'s result for the first caller (a static lambda: no closure per call).</summary>
    public T Get<TArgument>(IOperation key, TArgument argument, Func<IOperation, TArgument, T> compute)
    {
        if (_facts.TryGetValue(key, out var known))
        {
            return known.Value;
        }

        var box = new Box(compute(key, argument));
        try
        {
            _facts.Add(key, box); // not GetValue: its callback would be a closure per fact
            return box.Value;
        }
        catch (ArgumentException)
        {
            // Another thread stored the same fact meanwhile (rare): both are equal, keep the one stored.
            return _facts.TryGetValue(key, out var stored) ? stored.Value : box.Value;
        }
    }

    private sealed class Box
    {
        public Box(T value) => Value = value;

        public T Value { get; }
    }
}
