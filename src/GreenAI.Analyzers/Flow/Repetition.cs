using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// Why a model call may run many times: the loops around it (up to the enclosing method, lambda or local function,
/// except a lambda that is the per-item body of Select, Parallel.ForEach or List.ForEach) and direct recursion.
/// </summary>
internal static class Repetition
{
    /// <summary>The first loop around the call that nothing bounds, or recursion without a depth limit; null otherwise.</summary>
    /// <param name="containingSymbol">The symbol whose body the driver is analysing (spares a semantic-model lookup).</param>
    public static LoopFinding? Unbounded(IInvocationOperation call, ISymbol? containingSymbol, Func<IInvocationOperation, bool> isModelCall)
    {
        for (var parent = call.Parent; parent != null; parent = parent.Parent)
        {
            if (IsBoundary(parent))
            {
                if (parent is IAnonymousFunctionOperation lambda)
                {
                    if (RunsWhereItIsWritten(lambda))
                    {
                        continue; // Task.Run(async () => …) in a loop: the model call repeats with the loop
                    }

                    return null;
                }

                return Recursion(call, parent, containingSymbol);
            }

            if (parent is ILoopOperation loop && UnboundedLoops.Get(loop, isModelCall, static (l, isCall) => UnboundedReason((ILoopOperation)l, isCall)) is { } found
                && !OnceGuard.Holds(call, loop))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The innermost per-item loop or per-item lambda around the call, or null.</summary>
    public static LoopFinding? PerItem(IInvocationOperation call)
    {
        for (var parent = call.Parent; parent != null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IForEachLoopOperation forEach when forEach.Collection.Syntax.Span.Contains(call.Syntax.Span):
                    continue; // `foreach (var update in chat.CompleteChatStreaming(…))`: the call runs once.
                case IForLoopOperation forLoop when IsInAny(forLoop.Before, call):
                    continue; // The initialiser of a for runs once.
                case IAnonymousFunctionOperation lambda when RunsWhereItIsWritten(lambda):
                    continue; // Task.Run(async () => …) inside a per-item lambda or loop
                case IForEachLoopOperation or IForLoopOperation when StopsAtFirstAnswer(call, (ILoopOperation)parent):
                    continue; // a fallback chain: the next item is tried only when a call fails
                case ILoopOperation guarded when OnceGuard.Holds(call, guarded):
                    continue; // a flag lets the call run once in this loop
                case IForEachLoopOperation or IForLoopOperation or IWhileLoopOperation or IAnonymousFunctionOperation:
                    var found = PerItemScopes.Get(parent, 0, static (scope, _) => PerItemFinding(scope));
                    if (found != null || parent is IAnonymousFunctionOperation)
                    {
                        return found; // a lambda ends the search: per item or not, the call runs where the lambda runs
                    }

                    continue; // a for loop that no collection bounds
                case ILocalFunctionOperation or IMethodBodyOperation:
                    return null;
            }
        }

        return null;
    }

    /// <summary><c>foreach (var c in candidates.Take(1))</c>: at most one pass (ResumeScreeningAgent), no repetition.</summary>
    private static bool TakesOne(IOperation collection) =>
        ValueOrigin.Follow(collection, CancellationToken.None) is IInvocationOperation { TargetMethod.Name: "Take" } take
        && take.Arguments.Length > 0 && take.Arguments[take.Arguments.Length - 1].Value.ConstantValue is { HasValue: true, Value: 1 };

    // A loop's or lambda's finding is the same for every call in it (its texts included): made once per loop.
    private static readonly OperationMemo<LoopFinding?> PerItemScopes = new();

    private static LoopFinding? PerItemFinding(IOperation scope) => scope switch
    {
        IForEachLoopOperation forEach when TakesOne(forEach.Collection) => null,
        IForEachLoopOperation forEach => new LoopFinding(forEach, LoopShape.PerItem, "foreach", forEach.Collection.Syntax.ToString(), CollectionSize.Of(forEach.Collection)),
        IForLoopOperation forLoop when CollectionBound(forLoop) is { } collection => new LoopFinding(forLoop, LoopShape.PerItem, "for", collection.Syntax.ToString(), CollectionSize.Of(collection)),
        IForLoopOperation forLoop when SizeCompared(forLoop.Condition) == null => CountLoops.Finding(forLoop),
        IAnonymousFunctionOperation lambda => PerItemLambda(lambda),
        IWhileLoopOperation whileLoop when DrainedCollection(whileLoop) is { } queue => new LoopFinding(whileLoop, LoopShape.PerItem, "while", queue.Syntax.ToString(), null),
        IWhileLoopOperation whileLoop when IndexedCollection(whileLoop) is { } collection => new LoopFinding(whileLoop, LoopShape.PerItem, "while", collection.Syntax.ToString(), CollectionSize.Of(collection)),
        _ => null,
    };

    private static readonly HashSet<string> TakeOneMethods = new(StringComparer.Ordinal) { "TryDequeue", "TryRead", "TryTake", "TryPop", "Dequeue", "Pop", "Take", "ReadAsync" };

    /// <summary>
    /// The per-item finding of a delegate argument: a catalogued per-item iterator (Select, Parallel.ForEachAsync…) or
    /// the app's own per-item helper for that parameter; null otherwise.
    /// </summary>
    public static LoopFinding? PerItemArgument(IInvocationOperation iterator, IArgumentOperation argument, CancellationToken cancellationToken)
    {
        if (Sdk.SdkCatalog.PerItemIterators.Methods.Contains(iterator.TargetMethod.Name)
            && SymbolNames.HasFullNameIn(iterator.TargetMethod.ContainingType, Sdk.SdkCatalog.PerItemIterators.Types))
        {
            var collection = iterator.Instance ?? (iterator.Arguments.Length > 0 ? iterator.Arguments[0].Value : null);
            return collection == null ? null : new LoopFinding(iterator, LoopShape.PerItem, iterator.TargetMethod.Name, Unwrap(collection).Syntax.ToString(), CollectionSize.Of(collection));
        }

        return PerItemHelpers.RunsPerItem(argument, cancellationToken) is { } inner ? HelperFinding(iterator, argument, inner) : null;
    }

    /// <summary>
    /// An app's per-item helper (<c>MapParallel(items, async item => …)</c>): per item of its first other argument, or of
    /// the collection the helper itself iterates (<paramref name="inner"/>, "FanOutAsync: _providers").
    /// </summary>
    internal static LoopFinding? HelperFinding(IInvocationOperation helper, IArgumentOperation perItem, string inner)
    {
        foreach (var argument in helper.Arguments)
        {
            if (argument != perItem && argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Value.Type?.TypeKind != TypeKind.Delegate)
            {
                return new LoopFinding(helper, LoopShape.PerItem, helper.TargetMethod.Name, Unwrap(argument.Value).Syntax.ToString(), CollectionSize.Of(argument.Value));
            }
        }

        return new LoopFinding(helper, LoopShape.PerItem, helper.TargetMethod.Name, helper.TargetMethod.Name + ": " + inner, null);
    }

    /// <summary>
    /// <c>while (queue.TryDequeue(out var item))</c>, or <c>while (queue.Count &gt; 0) { var item = queue.Dequeue(); … }</c>:
    /// the loop takes the items of a queue, stack or channel one by one. The queue, or null.
    /// </summary>
    private static IOperation? DrainedCollection(IWhileLoopOperation loop)
    {
        var condition = loop.Condition == null ? null : Unwrap(loop.Condition);
        if (condition is IInvocationOperation { Instance: { } taken } take && TakeOneMethods.Contains(take.TargetMethod.Name))
        {
            return taken; // TryDequeue(out item) and the like
        }

        if (condition is IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan or BinaryOperatorKind.NotEquals } comparison
            && Unwrap(comparison.LeftOperand) is IPropertyReferenceOperation { Property.Name: "Count", Instance: { } counted }
            && Unwrap(comparison.RightOperand).ConstantValue is { HasValue: true, Value: 0 }
            && OperationSymbols.VariableOf(Unwrap(counted), includeProperties: true) is { } queue)
        {
            foreach (var operation in OperationWalk.Descendants(loop.Body))
            {
                if (operation is IInvocationOperation { Instance: { } instance } dequeue && TakeOneMethods.Contains(dequeue.TargetMethod.Name)
                    && SymbolEqualityComparer.Default.Equals(OperationSymbols.VariableOf(Unwrap(instance), includeProperties: true), queue))
                {
                    return counted;
                }
            }
        }

        return null;
    }

    private static bool IsInAny(ImmutableArray<IOperation> operations, IOperation call)
    {
        foreach (var operation in operations)
        {
            if (operation.Syntax.Span.Contains(call.Syntax.Span))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a loop is bounded, and why not, is the same for every call in it: found once per loop.
    private static readonly OperationMemo<LoopFinding?> UnboundedLoops = new();

    private static bool IsBoundary(IOperation operation) =>
        operation is IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyOperation or IConstructorBodyOperation;

    private static LoopFinding? UnboundedReason(ILoopOperation loop, Func<IInvocationOperation, bool> isModelCall)
    {
        IOperation? condition;
        switch (loop)
        {
            case IWhileLoopOperation whileLoop:
                condition = whileLoop.Condition;
                break;
            case IForLoopOperation forLoop:
                condition = forLoop.Condition;
                break;
            default:
                return null; // foreach: one call per item, GAI003's business.
        }

        if (LoopBounds.WaitsForAPerson(loop, condition) || LoopBounds.HasCountedExit(loop)
            || LoopBounds.HasCounterComparison(condition, loop) || LoopBounds.ChecksCancellation(condition) || LoopBounds.DrainsAQueue(loop))
        {
            return null;
        }

        if (condition == null || condition.ConstantValue is { HasValue: true, Value: true })
        {
            if (FixedPointLoop.Holds(loop))
            {
                return null; // repeats a pass over items until one finds nothing to do: the items bound it
            }

            var written = loop.Syntax switch
            {
                ForStatementSyntax => "for (;;)",
                DoStatementSyntax => "do … while (true)",
                _ => "while (true)",
            };
            return new LoopFinding(loop, LoopShape.Forever, $"`{written}` has no iteration limit");
        }

        return ModelOutputTaint.ConditionDependsOnModelOutput(condition, loop, isModelCall)
            ? new LoopFinding(loop, LoopShape.ModelDrivenCondition, $"its condition `{Shorten(condition.Syntax.ToString())}` depends only on model output or job status, with no iteration limit")
            : null;
    }

    // Whether a body recurses is one fact per body, asked once per model call in it.
    private static readonly OperationMemo<LoopFinding?> RecursionByBody = new();

    /// <summary>The method calls itself, and no parameter counts down (or up) toward a limit it is compared with.</summary>
    private static LoopFinding? Recursion(IInvocationOperation call, IOperation body, ISymbol? containingSymbol)
    {
        if (body is not (IMethodBodyOperation or ILocalFunctionOperation) || SymbolOf(body, call, containingSymbol) is not { } method)
        {
            return null;
        }

        return RecursionByBody.Get(body, method, static (root, self) => SelfCallWithoutDepth(root, self));
    }

    private static LoopFinding? SelfCallWithoutDepth(IOperation body, IMethodSymbol method)
    {
        // A call to itself is a call into this compilation: the body's facts list those, so the body is not walked again.
        var calls = BodyFacts.Of(OperationSymbols.RootOf(body)).CallsIntoSource;
        for (int i = 0; i < calls.Count; i++)
        {
            var self = calls[i];
            if (self.TargetMethod.Name == method.Name
                && SymbolEqualityComparer.Default.Equals(self.TargetMethod.OriginalDefinition, method.OriginalDefinition)
                && IsInside(self, body)
                && !PassesADepth(self, body))
            {
                return new LoopFinding(body, LoopShape.Recursion, $"`{method.Name}` calls itself with no depth limit");
            }
        }

        return null;
    }

    /// <summary>The operation is in <paramref name="body"/>'s tree (a local function's body is a part of its method's).</summary>
    private static bool IsInside(IOperation operation, IOperation body)
    {
        for (var current = operation; current != null; current = current.Parent)
        {
            if (current == body)
            {
                return true;
            }
        }

        return false;
    }

    private static IMethodSymbol? SymbolOf(IOperation body, IInvocationOperation call, ISymbol? containingSymbol) => body switch
    {
        ILocalFunctionOperation local => local.Symbol,
        _ => OperationSymbols.EnclosingMethod(call, containingSymbol),
    };

    /// <summary>
    /// A recursive call passes <c>depth - 1</c> (or + 1) for a parameter the method compares with a limit, or a part of
    /// a collection parameter whose size the method compares (divide and conquer: <c>Split(batch.Take(half))</c> under
    /// <c>if (batch.Count &gt; 1)</c> shrinks to the guard and stops).
    /// </summary>
    private static bool PassesADepth(IInvocationOperation self, IOperation body)
    {
        foreach (var argument in self.Arguments)
        {
            if (argument.Value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract or BinaryOperatorKind.Add, LeftOperand: IParameterReferenceOperation depth }
                && IsComparedIn(body, depth.Parameter))
            {
                return true;
            }

            if (PartOfParameter(argument.Value, 0) is { } whole && IsSizeComparedIn(body, whole))
            {
                return true;
            }

            if (DescendsFromAParameter(argument.Value, self))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A walk down a tree: the argument is a member of a parameter, or of an item of a loop over one
    /// (<c>foreach (var node in nodes) … Find(query, node.Nodes)</c>, <c>foreach (var child in node.Children) Walk(child)</c>):
    /// the recursion ends where the tree does.
    /// </summary>
    private static bool DescendsFromAParameter(IOperation value, IOperation self)
    {
        bool throughMember = false;
        var current = value;
        for (int step = 0; step < 6; step++)
        {
            switch (Unwrap(current))
            {
                case IPropertyReferenceOperation { Instance: { } instance }:
                    (current, throughMember) = (instance, true);
                    break;
                case IFieldReferenceOperation { Instance: { } instance }:
                    (current, throughMember) = (instance, true);
                    break;
                case ILocalReferenceOperation local when LoopOver(local.Local, self) is { } collection:
                    current = collection;
                    break;
                case IParameterReferenceOperation:
                    return throughMember;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The collection of the <c>foreach</c> around <paramref name="from"/> whose item is <paramref name="item"/>.</summary>
    private static IOperation? LoopOver(ILocalSymbol item, IOperation from)
    {
        for (var parent = from.Parent; parent != null; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation forEach && forEach.Locals.Length > 0 && SymbolEqualityComparer.Default.Equals(forEach.Locals[0], item))
            {
                return forEach.Collection;
            }
        }

        return null;
    }

    private static readonly HashSet<string> PartTakers = new(StringComparer.Ordinal) { "Take", "Skip", "TakeLast", "SkipLast", "Slice", "GetRange", "Substring" };

    /// <summary>The collection parameter that <paramref name="value"/> is a part of (<c>batch.Take(n).ToArray()</c>, a local holding it, <c>batch[..n]</c>).</summary>
    private static IParameterSymbol? PartOfParameter(IOperation value, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        var origin = ValueOrigin.Follow(value, CancellationToken.None);
        if (origin is IInvocationOperation { TargetMethod.Name: "ToArray" or "ToList" } copy)
        {
            return SourceOf(copy) is { } source ? PartOfParameter(source, depth + 1) : null;
        }

        var whole = origin switch
        {
            IInvocationOperation take when PartTakers.Contains(take.TargetMethod.Name) => SourceOf(take),
            IImplicitIndexerReferenceOperation { Argument: IRangeOperation } range => range.Instance,
            _ => null,
        };
        return whole != null && Unwrap(whole) is IParameterReferenceOperation parameter ? parameter.Parameter : null;
    }

    /// <summary>The receiver of an instance call, or the first argument of an extension call.</summary>
    private static IOperation? SourceOf(IInvocationOperation call) => call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);

    /// <summary>The method compares the parameter's Count or Length (or Count()) with something.</summary>
    private static bool IsSizeComparedIn(IOperation body, IParameterSymbol parameter)
    {
        bool IsSize(IOperation operand) => Unwrap(operand) switch
        {
            IPropertyReferenceOperation { Property.Name: "Count" or "Length", Instance: { } of } => Refers(of, parameter),
            IInvocationOperation { TargetMethod.Name: "Count", Arguments.Length: 1 } count => Refers(count.Arguments[0].Value, parameter),
            _ => false,
        };

        foreach (var operation in OperationWalk.Descendants(body))
        {
            if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                && (IsSize(comparison.LeftOperand) || IsSize(comparison.RightOperand)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsComparedIn(IOperation body, IParameterSymbol parameter)
    {
        foreach (var operation in OperationWalk.Descendants(body))
        {
            if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.Equals } comparison
                && (Refers(comparison.LeftOperand, parameter) || Refers(comparison.RightOperand, parameter)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Refers(IOperation operation, IParameterSymbol parameter)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter);
    }

    /// <summary>
    /// <c>for (var i = 0; i &lt; items.Count; i++)</c>: the collection whose Count or Length bounds the loop, also through a
    /// local taken from it once (<c>var total = files.Length; for (…; i &lt; total; …)</c>) or <c>items.Count()</c>.
    /// </summary>
    private static IOperation? CollectionBound(IForLoopOperation loop) =>
        SizeCompared(loop.Condition)?.Collection is { } collection && !IsDelaySchedule(loop, collection) ? collection : null;

    /// <summary>
    /// <c>for (var attempt = 0; attempt &lt;= retryDelays.Length; attempt++) { …; await Task.Delay(retryDelays[attempt]); }</c>:
    /// the collection is a retry schedule, its items only ever waited for — attempts, not items.
    /// </summary>
    private static bool IsDelaySchedule(IForLoopOperation loop, IOperation collection)
    {
        if (OperationSymbols.VariableOf(Unwrap(collection), includeProperties: true) is not { } schedule)
        {
            return false;
        }

        var read = false;
        foreach (var operation in OperationWalk.Descendants(loop.Body))
        {
            var indexed = operation switch
            {
                IArrayElementReferenceOperation element => element.ArrayReference,
                IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } => instance,
                _ => null,
            };
            if (indexed == null || !SymbolEqualityComparer.Default.Equals(OperationSymbols.VariableOf(Unwrap(indexed), includeProperties: true), schedule))
            {
                continue;
            }

            if (!IsWaitedFor(operation))
            {
                return false;
            }

            read = true;
        }

        return read;
    }

    /// <summary>An argument of <c>Task.Delay</c>, <c>Thread.Sleep</c> or <c>TimeSpan.FromX</c> (directly or through one of them).</summary>
    private static bool IsWaitedFor(IOperation value)
    {
        for (var parent = value.Parent; parent is IArgumentOperation or IConversionOperation or IInvocationOperation or IBinaryOperation; parent = parent.Parent)
        {
            if (parent is IInvocationOperation { TargetMethod.Name: "Delay" or "Sleep" or "FromMilliseconds" or "FromSeconds" } wait
                && wait.TargetMethod.ContainingType?.Name is "Task" or "Thread" or "TimeSpan")
            {
                return wait.TargetMethod.Name is "Delay" or "Sleep" || IsWaitedFor(wait);
            }
        }

        return false;
    }

    /// <summary><c>i &lt; items.Count</c>: the index and the collection whose size it is compared with, or null.</summary>
    private static (IOperation Index, IOperation Collection)? SizeCompared(IOperation? condition)
    {
        if (condition is not IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual } comparison)
        {
            return null;
        }

        IOperation? collection = ValueOrigin.Follow(comparison.RightOperand, CancellationToken.None) switch
        {
            IPropertyReferenceOperation { Property.Name: "Count" or "Length", Instance: { } counted } => counted,
            IInvocationOperation { TargetMethod.Name: "Count", TargetMethod.IsExtensionMethod: true, Arguments.Length: 1 } count => count.Arguments[0].Value,
            _ => null,
        };
        return collection == null ? null : (comparison.LeftOperand, collection);
    }

    /// <summary>
    /// <c>while (index &lt; rows.Count) { … index += translated; }</c>, also with <c>&amp;&amp; !cancelled</c>: an index walks
    /// the collection, advanced in the body by one or by the items each pass took. The collection, or null.
    /// </summary>
    private static IOperation? IndexedCollection(IWhileLoopOperation loop)
    {
        var condition = loop.Condition == null ? null : Unwrap(loop.Condition);
        var compared = SizeCompared(condition);
        if (compared == null && condition is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both)
        {
            compared = SizeCompared(Unwrap(both.LeftOperand)) ?? SizeCompared(Unwrap(both.RightOperand));
        }

        if (compared is not { } found || OperationSymbols.VariableOf(Unwrap(found.Index), includeProperties: false) is not { } index)
        {
            return null;
        }

        foreach (var operation in OperationWalk.Descendants(loop.Body))
        {
            var advanced = operation switch
            {
                IIncrementOrDecrementOperation { Kind: OperationKind.Increment } increment => increment.Target,
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } addition => addition.Target,
                _ => null,
            };
            if (advanced != null && SymbolEqualityComparer.Default.Equals(OperationSymbols.VariableOf(Unwrap(advanced), includeProperties: false), index))
            {
                return found.Collection;
            }
        }

        return null;
    }

    /// <summary>A lambda passed to Enumerable.Select/SelectMany, Parallel.ForEach/ForEachAsync or List.ForEach runs once per item.</summary>
    private static LoopFinding? PerItemLambda(IAnonymousFunctionOperation lambda)
    {
        var parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        if (parent is not IArgumentOperation { Parent: IInvocationOperation iterator } argument)
        {
            return null;
        }

        if (!Sdk.SdkCatalog.PerItemIterators.Methods.Contains(iterator.TargetMethod.Name)
            || !SymbolNames.HasFullNameIn(iterator.TargetMethod.ContainingType, Sdk.SdkCatalog.PerItemIterators.Types))
        {
            return PerItemHelpers.RunsPerItem(argument, CancellationToken.None) is { } inner ? HelperFinding(iterator, argument, inner) : null;
        }

        var collection = iterator.Instance ?? (iterator.Arguments.Length > 0 ? iterator.Arguments[0].Value : null);
        if (collection == null)
        {
            return null;
        }

        return new LoopFinding(iterator, LoopShape.PerItem, iterator.TargetMethod.Name, Unwrap(collection).Syntax.ToString(), CollectionSize.Of(collection));
    }

    /// <summary>
    /// The loop ends once the call answers: the call's value is returned, or a <c>return</c>, <c>break</c> or <c>goto</c>
    /// follows it unconditionally (<c>foreach (var client in clients) { try { return await client.GetResponseAsync(…); } catch { } }</c>),
    /// or under a test of its result (<see cref="FailOver"/>).
    /// </summary>
    internal static bool StopsAtFirstAnswer(IOperation call, ILoopOperation loop)
    {
        // A return inside a lambda run in place (a retry policy's ExecuteAsync(() => chat.…)) leaves the lambda, not the
        // loop: the walk starts at the outermost such lambda.
        IOperation child = call;
        for (var parent = call.Parent; parent != null && parent != loop; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation)
            {
                child = parent;
            }
        }

        // A break inside a loop or switch nested in this one leaves that one only (ai-devs-tasks' bounded steps per photo).
        // `await foreach (var delta in provider.StreamAsync(…))`: the call is the inner loop's collection, made once
        // before it; what follows that loop follows the call (DeepWiki's providers, tried in turn until one streams).
        bool breakLeaves = true;
        IOperation inner = child;
        for (var parent = child.Parent; parent != null && parent != loop; inner = parent, parent = parent.Parent)
        {
            breakLeaves &= parent is not (ILoopOperation or ISwitchOperation) || IsCollectionOf(parent, inner);
        }

        for (var parent = child.Parent; parent != null && parent != loop; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IReturnOperation { Kind: OperationKind.Return }:
                    return true;
                case IForEachLoopOperation when IsCollectionOf(parent, child):
                    continue;
                case IConditionalOperation { Type: not null }:
                    continue; // `useMiniMax ? await RequestMiniMaxImagesAsync(…) : await RequestImagesAsync(…)`: an expression, either way the call is made
                case IBlockOperation block when ExitFollows(block, child, breakLeaves) || FailOver.ExitFollows(block, child, call, loop, breakLeaves):
                    return true;
                case IConditionalOperation or ILoopOperation or ISwitchCaseOperation or IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return false; // an exit further out is not reached after every call
            }
        }

        return false;
    }

    private static bool IsCollectionOf(IOperation loop, IOperation child) => loop is IForEachLoopOperation forEach && forEach.Collection == child;

    private static bool ExitFollows(IBlockOperation block, IOperation statement, bool breakLeaves)
    {
        bool after = false;
        foreach (var operation in block.Operations)
        {
            if (after && EndsTheLoop(operation, breakLeaves))
            {
                return true;
            }

            after |= operation == statement;
        }

        return false;
    }

    /// <summary>
    /// <c>return</c>, <c>yield break</c>, <c>goto</c> or (when <paramref name="breakLeaves"/>: no loop or switch between)
    /// <c>break</c>, reached whenever the statement runs to its end (also inside a try or a block).
    /// </summary>
    internal static bool EndsTheLoop(IOperation statement, bool breakLeaves) => statement switch
    {
        IReturnOperation { Kind: OperationKind.Return or OperationKind.YieldBreak } or IBranchOperation { BranchKind: BranchKind.GoTo } => true,
        IBranchOperation { BranchKind: BranchKind.Break } => breakLeaves,
        ITryOperation @try => EndsTheLoop(@try.Body, breakLeaves),
        IBlockOperation block => block.Operations.Any(operation => EndsTheLoop(operation, breakLeaves)),
        _ => false,
    };

    /// <summary>
    /// A lambda handed to Task.Run or TaskFactory.StartNew, or to the app's own method that runs it (a retry helper,
    /// <see cref="DelegateRunners"/>), runs once, where it is written.
    /// </summary>
    public static bool RunsWhereItIsWritten(IAnonymousFunctionOperation lambda) =>
        OperationSymbols.InvocationTaking(lambda) is { } runner
        && ((Sdk.SdkCatalog.ImmediateRunners.Methods.Contains(runner.TargetMethod.Name)
                && SymbolNames.HasFullNameIn(runner.TargetMethod.ContainingType, Sdk.SdkCatalog.ImmediateRunners.Types))
            || DelegateRunners.RunsWhereCalled(lambda, CancellationToken.None));

    private static IOperation Unwrap(IOperation operation) => OperationSymbols.Unwrap(operation);

    /// <summary>Source text on one line, at most 60 characters: for quoting a condition in a message.</summary>
    internal static string Shorten(string text)
    {
        text = string.Join(" ", text.Split(new[] { ' ', '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
