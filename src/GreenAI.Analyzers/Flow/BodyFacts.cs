using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// What the rules need from a whole method body, read in one walk of its operation tree and kept for every call in it:
/// the locals' initial values and the locals written after their declaration (<see cref="SingleAssignment"/>), and the
/// calls to methods of this compilation, the only ones that can recurse (<see cref="Repetition"/>). Hot path: one walk
/// per body, and no semantic-model lookup per local.
/// </summary>
internal sealed class BodyFacts
{
    private static readonly OperationMemo<BodyFacts> ByRoot = new();

    private BodyFacts(IOperation root)
    {
        foreach (var operation in OperationWalk.Descendants(root))
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    (_initialValues ??= new Dictionary<ILocalSymbol, IOperation>(SymbolEqualityComparer.Default))[declarator.Symbol] = initializer.Value;
                    break;
                case IInvocationOperation { TargetMethod.ContainingAssembly: ISourceAssemblySymbol } call:
                    (_callsIntoSource ??= new List<IInvocationOperation>()).Add(call);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target }:
                    WrittenLocals.Add(target.Local);
                    break;
                case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation counter }:
                    WrittenLocals.Add(counter.Local);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation passed }:
                    WrittenLocals.Add(passed.Local);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var target in OperationWalk.Descendants(deconstruction.Target))
                    {
                        if (target is ILocalReferenceOperation reference)
                        {
                            WrittenLocals.Add(reference.Local);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Locals assigned, incremented, passed by ref or out, or deconstructed into, anywhere in the body.</summary>
    public HashSet<ILocalSymbol> WrittenLocals { get; } = new(SymbolEqualityComparer.Default);

    private Dictionary<ILocalSymbol, IOperation>? _initialValues;

    private List<IInvocationOperation>? _callsIntoSource; // most bodies of AI code call only SDK and framework methods

    /// <summary>The value a local is declared with (<c>var x = value;</c>), or null when its declaration has none.</summary>
    public IOperation? InitialValueOf(ILocalSymbol local) =>
        _initialValues != null && _initialValues.TryGetValue(local, out var value) ? value : null;

    /// <summary>Calls whose target is declared in this compilation, in walk order.</summary>
    public IReadOnlyList<IInvocationOperation> CallsIntoSource => (IReadOnlyList<IInvocationOperation>?)_callsIntoSource ?? Array.Empty<IInvocationOperation>();

    /// <summary>The facts of the body whose operation tree has this root (see <see cref="OperationSymbols.RootOf"/>).</summary>
    public static BodyFacts Of(IOperation root) => ByRoot.Get(root, 0, static (r, _) => new BodyFacts(r));
}
