using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Flow;

/// <summary>Why a model call repeats: a loop or recursion nothing bounds (GAI002), or one call per item (GAI003).</summary>
internal sealed class LoopFinding
{
    public LoopFinding(IOperation scope, LoopShape shape, string reason, string? collection = null, int? itemCount = null, bool counted = false)
    {
        Counted = counted;
        Scope = scope;
        Shape = shape;
        Reason = reason;
        Collection = collection;
        ItemCount = itemCount;
    }

    /// <summary>The loop, the per-item lambda's invocation, or the recursive method body.</summary>
    public IOperation Scope { get; }

    /// <summary>Where <see cref="Scope"/> is written: made once, since a finding is shared by every call in its loop.</summary>
    public Location ScopeLocation => _scopeLocation ??= Scope.Syntax.GetLocation();

    private Location? _scopeLocation;

    public LoopShape Shape { get; }

    /// <summary>The condition in words: "`while (true)` has no iteration limit".</summary>
    public string Reason { get; }

    /// <summary>For a per-item loop: the collection as written.</summary>
    public string? Collection { get; }

    /// <summary>For a per-item loop over a collection whose size is a compile-time constant.</summary>
    public int? ItemCount { get; }

    /// <summary>A <c>for</c> loop over a count (<see cref="CountLoops"/>): its passes ask for several answers on purpose.</summary>
    public bool Counted { get; }
}

internal enum LoopShape
{
    /// <summary><c>while (true)</c>, <c>do … while (true)</c>, <c>for (;;)</c>.</summary>
    Forever,

    /// <summary>A loop whose condition depends only on model output or job status.</summary>
    ModelDrivenCondition,

    /// <summary>The method calls itself with no depth limit.</summary>
    Recursion,

    /// <summary>foreach / for over a collection, LINQ Select, Parallel.ForEach, List.ForEach.</summary>
    PerItem,

    /// <summary>An SDK helper that runs the model in its own tool loop, created without its iteration cap.</summary>
    AgentRunner,
}
