using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// What bounds a loop, as a reader sees it: a counter compared to a limit in its condition or in a guarded exit
/// (<c>if (++attempts &gt; Max) break;</c>, a catch filter), a cancellation token, or a person who must answer each turn.
/// </summary>
internal static class LoopBounds
{
    /// <summary>True when the condition compares a counter the loop changes (<c>i &lt; max</c> with <c>i++</c>).</summary>
    public static bool HasCounterComparison(IOperation? condition, ILoopOperation loop) => HasCounterComparison(condition, loop, orEquality: false);

    /// <param name="orEquality">Whether a counter equal to a limit counts (<c>if (errors == 5) return result;</c>): for a guarded exit, where the counter only grows by one.</param>
    private static bool HasCounterComparison(IOperation? condition, ILoopOperation loop, bool orEquality)
    {
        if (condition == null)
        {
            return false;
        }

        foreach (var operation in OperationWalk.DescendantsAndSelf(condition))
        {
            if (operation is IBinaryOperation binary && (IsRelational(binary.OperatorKind) || (orEquality && binary.OperatorKind == BinaryOperatorKind.Equals))
                && (IsCounter(binary.LeftOperand, loop) || IsCounter(binary.RightOperand, loop)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the condition checks a cancellation token (<c>!token.IsCancellationRequested</c>).</summary>
    public static bool ChecksCancellation(IOperation? condition)
    {
        if (condition == null)
        {
            return false;
        }

        foreach (var operation in OperationWalk.DescendantsAndSelf(condition))
        {
            if (operation is IPropertyReferenceOperation { Property.Name: "IsCancellationRequested" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A break, return or throw in the loop guarded by a counter comparison or a deadline, or a catch filter that counts.</summary>
    public static bool HasCountedExit(ILoopOperation loop)
    {
        foreach (var operation in OperationWalk.Descendants(loop.Body))
        {
            switch (operation)
            {
                case IBranchOperation or IReturnOperation or IThrowOperation:
                    for (var parent = operation.Parent; parent != null && parent != loop; parent = parent.Parent)
                    {
                        // An attempt counter, or a deadline (`if (sw.Elapsed.TotalMinutes > 6) return …;`).
                        if (parent is IConditionalOperation conditional && (HasCounterComparison(conditional.Condition, loop, orEquality: true) || PollingDeadline.ComparesTime(conditional.Condition)))
                        {
                            return true;
                        }
                    }

                    break;
                case ICatchClauseOperation { Filter: { } filter } when HasCounterComparison(filter, loop) || PassesCounter(filter, loop):
                    return true;
            }
        }

        return false;
    }

    // Repetition.TakeOneMethods also has Take and ReadAsync, which wait for an item: a loop on them never finds the queue
    // empty, so they do not bound a loop here.
    private static readonly string[] TakeMethods = { "Dequeue", "TryDequeue", "Pop", "TryPop", "TryTake", "TryRead" };

    /// <summary>
    /// The loop takes one item of a queue each turn and leaves when there is none (discord-sky's guild mailbox:
    /// <c>while (true) { if (queue.Count &gt; 0) item = queue.Dequeue(); else return; … }</c>): the queue bounds it, one
    /// pass per queued item, as a worker handles its messages.
    /// </summary>
    public static bool DrainsAQueue(ILoopOperation loop)
    {
        var takes = false;
        var leaves = false;
        foreach (var operation in OperationWalk.Descendants(loop.Body))
        {
            switch (operation)
            {
                case IInvocationOperation { Instance: not null } take when Array.IndexOf(TakeMethods, take.TargetMethod.Name) >= 0 && IsQueue(take.TargetMethod.ContainingType):
                    takes = true;
                    break;
                case IReturnOperation or IBranchOperation { BranchKind: BranchKind.Break }:
                    leaves = true;
                    break;
            }
        }

        return takes && leaves;
    }

    /// <summary>Queue, Stack, their concurrent forms, BlockingCollection, a channel's reader.</summary>
    private static bool IsQueue(INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() is "System.Collections.Generic" or "System.Collections.Concurrent" or "System.Threading.Channels"
        && type.Name is "Queue" or "Stack" or "ConcurrentQueue" or "ConcurrentStack" or "BlockingCollection" or "ChannelReader" or "PriorityQueue";

    /// <summary>
    /// The loop waits for a person every turn (Console.ReadLine, ReadKey, TextReader.ReadLine[Async], also through the
    /// app's own method such as a menu's <c>ReadSelection()</c>): a chat REPL or a menu.
    /// </summary>
    public static bool WaitsForAPerson(ILoopOperation loop, IOperation? condition)
    {
        foreach (var root in new[] { loop.Body, condition })
        {
            if (root == null)
            {
                continue;
            }

            foreach (var operation in OperationWalk.DescendantsAndSelf(root))
            {
                if (operation is IInvocationOperation { TargetMethod: { } method } invocation
                    && (AsksAPerson(method) || PersonPrompts.ThroughOwnMethod(invocation, AsksAPerson)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Console input (System.Console, TextReader), a console prompt library (Spectre.Console's AnsiConsole.Prompt/Ask/Confirm),
    /// or the app's own console abstraction whose body may be out of sight (<c>IConsoleService.ReadInput</c>, implemented in
    /// another project): a method named Read…, Prompt…, Ask… or Confirm… of a type or namespace named Console.
    /// </summary>
    private static bool AsksAPerson(IMethodSymbol method)
    {
        var name = method.Name;
        if (!(name.StartsWith("Read", StringComparison.Ordinal) || name.StartsWith("Prompt", StringComparison.Ordinal)
            || name.StartsWith("Ask", StringComparison.Ordinal) || name.StartsWith("Confirm", StringComparison.Ordinal)))
        {
            return false; // before naming the namespace: this runs for every call in a loop
        }

        // Names only, no display string: every Read… call in a loop (ReadAsStringAsync, ReadFromJsonAsync) comes here.
        var type = method.ContainingType;
        if (type == null)
        {
            return false;
        }

        if (type.Name.IndexOf("Console", StringComparison.Ordinal) >= 0 || NamespaceSaysConsole(type.ContainingNamespace))
        {
            return true;
        }

        return name is "ReadLine" or "ReadLineAsync" or "ReadKey" or "Read" && IsSystemOrSystemIO(type.ContainingNamespace);
    }

    private static bool NamespaceSaysConsole(INamespaceSymbol? ns)
    {
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name.IndexOf("Console", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSystemOrSystemIO(INamespaceSymbol? ns) =>
        ns is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }
        || ns is { Name: "IO", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static bool IsRelational(BinaryOperatorKind kind) =>
        kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
            or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;

    /// <summary>
    /// <c>catch (Exception ex) when (ShouldRetry(ex, retryAttempt, token))</c>: the filter hands the loop's counter to
    /// a method that compares it (TelegramSearchBot's transient-overload retries).
    /// </summary>
    private static bool PassesCounter(IOperation filter, ILoopOperation loop)
    {
        foreach (var operation in OperationWalk.DescendantsAndSelf(filter))
        {
            if (operation is IArgumentOperation argument && IsCounter(argument.Value, loop))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A local, parameter or field that the loop increments, decrements or adds to (directly or inside the comparison),
    /// and does not set back in its body: <c>retryCount = 0;</c> after each success counts consecutive failures, and a
    /// job that keeps answering "running" is polled for ever (kukisama/TranslationToolUI).
    /// </summary>
    private static bool IsCounter(IOperation side, ILoopOperation loop)
    {
        var target = Unwrap(side);
        if (target is IIncrementOrDecrementOperation counted)
        {
            return SymbolOf(counted.Target) is not { } incremented || !IsReset(incremented, loop); // ++attempts > Max
        }

        var symbol = SymbolOf(target);
        if (symbol == null || IsReset(symbol, loop))
        {
            return false;
        }

        foreach (var operation in OperationWalk.DescendantsAndSelf(loop))
        {
            var changed = operation switch
            {
                IIncrementOrDecrementOperation increment => SymbolOf(increment.Target),
                ICompoundAssignmentOperation compound => SymbolOf(compound.Target),
                _ => null,
            };
            if (changed != null && SymbolEqualityComparer.Default.Equals(changed, symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The loop's body assigns the counter a constant (a for loop's initialiser is not its body).</summary>
    private static bool IsReset(ISymbol counter, ILoopOperation loop)
    {
        foreach (var operation in OperationWalk.Descendants(loop.Body))
        {
            if (operation is ISimpleAssignmentOperation { Value.ConstantValue.HasValue: true } assignment
                && SymbolEqualityComparer.Default.Equals(SymbolOf(assignment.Target), counter))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation Unwrap(IOperation operation) => OperationSymbols.Unwrap(operation);

    private static ISymbol? SymbolOf(IOperation operation) => OperationSymbols.VariableOf(OperationSymbols.Unwrap(operation), includeProperties: true);
}
