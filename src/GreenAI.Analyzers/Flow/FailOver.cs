using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// A loop over providers, models or keys that tries the call until one answers: after the call, an exit of the loop
/// (<c>break</c>, <c>return</c>, <c>goto</c> out) guarded by a test of the call's result —
/// <c>if (result.Success) break;</c>, <c>if (response.IsSuccessStatusCode) { … return … }</c>,
/// <c>if (!string.IsNullOrWhiteSpace(content)) goto Done;</c>. A test of what the answer says
/// (<c>if (answer.Contains("yes")) return doc;</c>) is a search over items, still per item, unless the call is tried
/// in a <c>try</c> whose <c>catch</c> moves on to the next one.
/// </summary>
internal static class FailOver
{
    private static readonly HashSet<string> SuccessMembers = new(StringComparer.Ordinal)
    {
        "IsSuccessStatusCode", "Success", "IsSuccess", "IsSuccessful", "Succeeded", "IsSucceeded", "IsDone", "IsCompleted",
        "IsCompletedSuccessfully", "Ok", "IsOk", "HasValue", "StatusCode",
    };

    /// <summary>A boolean the call hands back that says it worked (a found/match flag is a search, still per item).</summary>
    private static readonly HashSet<string> SuccessFlags = new(StringComparer.OrdinalIgnoreCase) { "success", "succeeded", "ok", "isSuccess", "isOk", "worked", "done" };

    private static readonly HashSet<string> EmptyTests = new(StringComparer.Ordinal) { "IsNullOrEmpty", "IsNullOrWhiteSpace" };

    /// <summary>A statement after <paramref name="statement"/> in <paramref name="block"/> leaves the loop once the call's result is good.</summary>
    public static bool ExitFollows(IBlockOperation block, IOperation statement, IOperation call, ILoopOperation loop, bool breakLeaves)
    {
        var results = ResultsOf(call);
        if (results.Count == 0)
        {
            return false;
        }

        // The answer read further on: `var result = await response.Content.ReadFromJsonAsync<JsonElement>()` after the
        // call carries it too (PostXAgent's models, tried in turn until one's choices are not empty).
        var answer = new HashSet<ILocalSymbol>(results, SymbolEqualityComparer.Default);
        bool after = false;
        foreach (var operation in block.Operations)
        {
            if (after && operation is IConditionalOperation { WhenTrue: { } exit } test
                && Repetition.EndsTheLoop(exit, breakLeaves)
                && ReadsAny(test.Condition, answer)
                && (TriedInTurn(call, loop) || results.Exists(result => TestsSuccess(test.Condition, result))))
            {
                return true;
            }

            if (after)
            {
                Carry(operation, answer);
            }

            after |= operation == statement;
        }

        return false;
    }

    /// <summary>A local declared or assigned from a value that reads the answer carries the answer.</summary>
    private static void Carry(IOperation statement, HashSet<ILocalSymbol> answer)
    {
        foreach (var operation in OperationWalk.DescendantsAndSelf(statement))
        {
            var (target, value) = operation switch
            {
                IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator => (declarator.Symbol, initial),
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment => (local.Local, assignment.Value),
                _ => ((ILocalSymbol?)null, (IOperation?)null),
            };
            if (target != null && value != null && ReadsAny(value, answer))
            {
                answer.Add(target);
            }
        }
    }

    private static bool ReadsAny(IOperation condition, HashSet<ILocalSymbol> locals) => ReadsLocal(condition, locals.Contains);

    private static bool ReadsLocal(IOperation operation, Func<ILocalSymbol, bool> wanted)
    {
        foreach (var descendant in OperationWalk.DescendantsAndSelf(operation))
        {
            if (descendant is ILocalReferenceOperation reference && wanted(reference.Local))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The locals the call's answer is stored in (<c>var response = await …</c>, <c>result = await …</c>, each local of
    /// <c>var (success, chunks) = await …</c>), or none.
    /// </summary>
    private static List<ILocalSymbol> ResultsOf(IOperation call)
    {
        var value = call;
        for (var parent = call.Parent; parent != null; value = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IAwaitOperation or IConversionOperation or IParenthesizedOperation:
                    continue;
                case IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configured when configured.Instance == value:
                    continue;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == value:
                    return new List<ILocalSymbol> { target.Local };
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return new List<ILocalSymbol> { declarator.Symbol };
                case IDeconstructionAssignmentOperation deconstruction when deconstruction.Value == value:
                    var locals = new List<ILocalSymbol>();
                    foreach (var target in OperationWalk.DescendantsAndSelf(deconstruction.Target))
                    {
                        if (target is ILocalReferenceOperation local)
                        {
                            locals.Add(local.Local);
                        }
                    }

                    return locals;
                default:
                    return new List<ILocalSymbol>();
            }
        }

        return new List<ILocalSymbol>();
    }

    private static bool Reads(IOperation condition, ILocalSymbol local) =>
        ReadsLocal(condition, read => SymbolEqualityComparer.Default.Equals(read, local));

    /// <summary>The test asks whether the call worked: a success member, an emptiness or a null test of the result.</summary>
    private static bool TestsSuccess(IOperation condition, ILocalSymbol local)
    {
        foreach (var operation in OperationWalk.DescendantsAndSelf(condition))
        {
            switch (operation)
            {
                case IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } property
                    when SuccessMembers.Contains(property.Property.Name) && SymbolEqualityComparer.Default.Equals(owner.Local, local):
                    return true;
                case IInvocationOperation test when EmptyTests.Contains(test.TargetMethod.Name) && Reads(test, local):
                    return true;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals or BinaryOperatorKind.Equals } comparison
                    when (IsNull(comparison.LeftOperand) || IsNull(comparison.RightOperand)) && Reads(comparison, local):
                    return true;
                case IIsPatternOperation pattern when Reads(pattern.Value, local):
                    return true;
                case ILocalReferenceOperation flag when flag.Parent is not IUnaryOperation && SymbolEqualityComparer.Default.Equals(flag.Local, local)
                    && local.Type.SpecialType == SpecialType.System_Boolean && SuccessFlags.Contains(local.Name):
                    return true; // `var (success, chunks) = await TryStreamAsync(…); if (success) { … yield break; }`
            }
        }

        return false;
    }

    private static bool IsNull(IOperation operand) => operand.ConstantValue is { HasValue: true, Value: null };

    /// <summary>The call sits in a <c>try</c> inside the loop whose <c>catch</c> lets the loop go on to the next one.</summary>
    private static bool TriedInTurn(IOperation call, ILoopOperation loop)
    {
        for (var parent = call.Parent; parent != null && parent != loop; parent = parent.Parent)
        {
            if (parent is ITryOperation { Catches.Length: > 0 })
            {
                return true;
            }
        }

        return false;
    }
}
