using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Media;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The methods and local functions of the user's code that call a model, directly or through other such methods
/// (<see cref="MaxDepth"/> levels, recursion-safe), or through a raw-HTTP model request: applications call their own
/// SummarizeAsync in a loop, not the SDK.
/// One instance per compilation; a method's summary is computed on first demand, from a call site in a loop, and kept:
/// never per call site, never for the whole compilation at once.
/// </summary>
internal sealed class ModelCallingMethods
{
    public const int MaxDepth = 8;

    private readonly Compilation _compilation;
    private readonly SdkSymbols _sdk;
    private readonly ModelCallReader _calls;
    private readonly ConcurrentDictionary<IMethodSymbol, ModelCallingSummary?> _summaries = new(SymbolEqualityComparer.Default);
    private ImplementationIndex? _implementations;
    private readonly ImportedModelCalls _imports;

    public ModelCallingMethods(Compilation compilation, SdkSymbols sdk, ModelCallReader calls)
    {
        _compilation = compilation;
        _sdk = sdk;
        _calls = calls;
        _imports = new ImportedModelCalls(compilation, () => MocksImplementations);
    }

    /// <summary>Cheap: a method of this compilation that is no SDK model call itself (only those can be wrappers).</summary>
    public bool MayCallModels(IMethodSymbol method) =>
        method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction
        && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly);

    /// <summary>Cheap: may this call run a model through the app's code, another project's, or raw HTTP (<see cref="OfCall"/>)?</summary>
    public bool MayRunModel(IMethodSymbol method) =>
        MayCallModels(method) || RawModelRequest.MayBe(method) || ImageByGet.MayBe(method) || _imports.MayHave(method) || MayBeImplementedHere(method)
        || MediatorHandlers.MayBe(method) || PromptFunctions.MayBe(method)
        || method.MethodKind == MethodKind.DelegateInvoke;

    /// <summary>
    /// An interface, abstract or virtual method of another project of the application (not the framework's or an SDK's),
    /// which this compilation may implement: <c>IEmbeddingService</c> declared in an Application project and implemented
    /// in the Infrastructure project that calls it.
    /// </summary>
    private static bool MayBeImplementedHere(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary && (method.IsAbstract || method.IsVirtual) && ImplementationIndex.MayDeclareImplementedMembers(method.ContainingAssembly);

    /// <summary>
    /// What a call that is no SDK model call runs: a model-calling method of this compilation or of a referenced project,
    /// or a raw-HTTP model request (a summary with no chain, its endpoint as the note); null for anything else.
    /// </summary>
    public ModelCallingSummary? OfCall(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        if (RawRequest(invocation, cancellationToken) is { } raw)
        {
            return new ModelCallingSummary(ImmutableArray<string>.Empty, raw.Calls, " " + raw.Endpoint);
        }

        if (PromptFunctions.Describe(invocation, cancellationToken) is { } prompt)
        {
            return new ModelCallingSummary(ImmutableArray<string>.Empty, ImmutableArray<ModelCall>.Empty, " " + prompt);
        }

        if (invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke)
        {
            var cut = false;
            return Delegated(invocation, 0, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), ref cut, cancellationToken);
        }

        if (MediatorHandlers.MayBe(invocation.TargetMethod))
        {
            var cut = false;
            return Mediated(invocation, 0, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), ref cut, cancellationToken);
        }

        return OfMethod(invocation.TargetMethod, invocation, cancellationToken);
    }

    private MediatorHandlers? _mediatorHandlers;

    /// <summary>A request sent through a mediator: what its handler's <c>Handle</c> runs (<see cref="MediatorHandlers"/>).</summary>
    private ModelCallingSummary? Mediated(IInvocationOperation send, int depth, HashSet<IMethodSymbol> visiting, ref bool cut, CancellationToken cancellationToken)
    {
        if (_followOnly != null || depth >= MaxDepth
            || (_mediatorHandlers ??= new MediatorHandlers(_compilation)).HandlerOf(send, cancellationToken) is not { } handle
            || Get(Key(handle), depth + 1, visiting, ref cut, cancellationToken) is not { } handled)
        {
            return null;
        }

        return handled.Through(handle);
    }

    /// <summary>
    /// A raw-HTTP model request: its endpoint, and, for a chat request, the call with its estimate. The POST and its URI
    /// are read once for both.
    /// </summary>
    private (string Endpoint, ImmutableArray<ModelCall> Calls)? RawRequest(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        if (HttpPost.Of(invocation, cancellationToken) is not { } post)
        {
            return ImageByGet.Read(invocation, cancellationToken) is { } asked ? (asked.Endpoint, ImmutableArray<ModelCall>.Empty) : null;
        }

        var shape = post.UriShape(cancellationToken);
        if (RawModelRequest.EndpointOf(post, shape, cancellationToken) is not { } endpoint)
        {
            return null;
        }

        return (endpoint, RawChatRequest.Read(invocation, post, shape, cancellationToken) is { } request
            ? ImmutableArray.Create(request.ToModelCall(_calls.Ids, cancellationToken))
            : ImmutableArray<ModelCall>.Empty);
    }

    private readonly ConcurrentDictionary<ISymbol, List<IOperation>> _delegateTargets = new(SymbolEqualityComparer.Default);

    private HashSet<string>? _followOnly;

    /// <summary>
    /// Follow only calls of methods with these names (<see cref="ModelCallingCandidates"/>): the export generator binds
    /// bodies the compile does not share, so it skips those that cannot reach a model. Set before the first summary.
    /// </summary>
    public void FollowOnly(HashSet<string> names) => _followOnly = names;

    private bool MayFollow(IMethodSymbol target) => MayCallModels(target) && (_followOnly == null || _followOnly.Contains(target.Name));

    /// <summary>
    /// The project references a mocking library (a test project): an interface or virtual call there may reach a mock,
    /// so the rules do not follow one to the implementation they see.
    /// </summary>
    public bool MocksImplementations => _mocks ??= ReferencesMockingLibrary(_compilation);

    private bool? _mocks;

    private static readonly string[] MockingLibraries = { "Moq", "NSubstitute", "FakeItEasy", "Telerik.JustMock" };

    /// <summary>By its assembly, or by a <c>using Moq;</c> of the project's files (also where the reference did not resolve).</summary>
    private static bool ReferencesMockingLibrary(Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (System.Array.IndexOf(MockingLibraries, assembly.Name) >= 0)
            {
                return true;
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax unit && (UsesMocks(unit.Usings) || unit.Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax ns && UsesMocks(ns.Usings))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesMocks(SyntaxList<Microsoft.CodeAnalysis.CSharp.Syntax.UsingDirectiveSyntax> usings) =>
        usings.Any(u => u.Name != null && System.Array.IndexOf(MockingLibraries, u.Name.ToString()) >= 0);

    /// <summary>The model-calling methods of the referenced projects.</summary>
    public ImportedModelCalls Imports => _imports;

    /// <summary>
    /// A model-calling method of this compilation or of a referenced project (<see cref="ImportedModelCalls"/>), named
    /// at <paramref name="site"/> (called, or handed on as a method group); null for anything else.
    /// </summary>
    public ModelCallingSummary? OfMethod(IMethodSymbol method, IInvocationOperation site, CancellationToken cancellationToken) =>
        MayCallModels(method) ? Of(method, cancellationToken) : OfOtherProject(method, site, 0, cancellationToken);

    /// <summary>
    /// Another project's method: what its project exported for it, else its implementations here (an interface of
    /// that project), else the ports its project wrote it calls (<see cref="ThroughPorts"/>).
    /// </summary>
    private ModelCallingSummary? OfOtherProject(IMethodSymbol method, IInvocationOperation site, int hops, CancellationToken cancellationToken) =>
        _imports.Of(method, site) ?? ImplementedHere(method, cancellationToken) ?? ThroughPorts(method, site, hops, cancellationToken);

    /// <summary>Port calls joined through at most this many projects that each could not follow theirs.</summary>
    private const int MaxPortHops = 3;

    /// <summary>
    /// Another project's method that calls a port its project could not follow (<see cref="PortCallLine"/>: the
    /// implementation is in a project it does not reference), joined with what this compilation knows of the port: a
    /// third project's export of it, an implementation here, or another such line. The costliest port when several reach a model.
    /// </summary>
    private ModelCallingSummary? ThroughPorts(IMethodSymbol method, IInvocationOperation site, int hops, CancellationToken cancellationToken)
    {
        if (hops >= MaxPortHops)
        {
            return null;
        }

        ModelCallingSummary? costliest = null;
        foreach (var line in _imports.PortCallsOf(method))
        {
            if (DocumentationCommentId.GetFirstSymbolForDeclarationId(line.PortId, _compilation) is not IMethodSymbol port
                || ModelCallExportGenerator.AssemblyOf(port) != line.PortAssembly
                || OfOtherProject(port, site, hops + 1, cancellationToken) is not { PollsOnly: false } reached)
            {
                continue;
            }

            if (costliest == null || reached.Calls.Length > costliest.Calls.Length)
            {
                var chain = line.Chain.SetItem(line.Chain.Length - 1, line.Chain[line.Chain.Length - 1] + reached.Note).AddRange(reached.Chain);
                costliest = new ModelCallingSummary(chain, reached.Calls, string.Empty, throughDispatch: true, runsUntilStopped: reached.RunsUntilStopped);
            }
        }

        return costliest;
    }

    /// <summary>Another project's interface or virtual method, through its implementations in this compilation.</summary>
    private ModelCallingSummary? ImplementedHere(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!MayBeImplementedHere(method))
        {
            return null;
        }

        var cut = false;
        return Get(Key(method), 0, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), ref cut, cancellationToken);
    }

    private readonly ConcurrentDictionary<IParameterSymbol, ModelSlotDefinition?> _modelParameters = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The model slot a parameter of the project's own method or constructor reaches: passed as is to an SDK model
    /// parameter or assigned to a model property in its body, or handed on to another such parameter (a few levels);
    /// for another project's model-calling method, what its export says.
    /// </summary>
    public ModelSlotDefinition? SlotOf(IParameterSymbol parameter, CancellationToken cancellationToken) =>
        parameter.ContainingSymbol is IMethodSymbol method && !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly)
            ? _imports.SlotOf(method, parameter.OriginalDefinition)
            : SlotOf(parameter, 0, cancellationToken);

    private ModelSlotDefinition? SlotOf(IParameterSymbol parameter, int depth, CancellationToken cancellationToken)
    {
        parameter = parameter.OriginalDefinition;
        if (depth > 3 || parameter.ContainingSymbol is not IMethodSymbol method || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly))
        {
            return null;
        }

        if (_modelParameters.TryGetValue(parameter, out var known))
        {
            return known;
        }

        var slot = FindSlot(parameter, method, depth, cancellationToken);
        if (slot != null || depth == 0)
        {
            _modelParameters.TryAdd(parameter, slot); // a null below the top may be this search's depth cut only
        }

        return slot;
    }

    private ModelSlotDefinition? FindSlot(IParameterSymbol parameter, IMethodSymbol method, int depth, CancellationToken cancellationToken)
    {
        if (method.IsAbstract && !MocksImplementations)
        {
            // An interface or abstract method has no body: its parameter reaches the slot its implementations send it to
            // (taurit's IGenerativeAiClient.GetAnswerToPrompt(modelId, …), implemented by ChatGptClient).
            foreach (var implementation in (_implementations ??= new ImplementationIndex(_compilation)).Of(method, cancellationToken))
            {
                if (parameter.Ordinal < implementation.Parameters.Length && SlotOf(implementation.Parameters[parameter.Ordinal], depth + 1, cancellationToken) is { } implemented)
                {
                    return implemented;
                }
            }

            return null;
        }

        foreach (var body in BodiesOf(method, cancellationToken))
        {
            foreach (var operation in OperationWalk.Descendants(body))
            {
                if (operation is IArgumentOperation { Parameter: { } target } argument && IsParameter(argument.Value, parameter))
                {
                    if (ModelSlotUse.FromArgument(argument, _sdk) is { } use)
                    {
                        return use.Slot;
                    }

                    if (target.ContainingSymbol is IMethodSymbol callee && (MayCallModels(callee) || callee.MethodKind == MethodKind.Constructor)
                        && SlotOf(target, depth + 1, cancellationToken) is { } forwarded)
                    {
                        return forwarded;
                    }

                    if (target.ContainingSymbol is IMethodSymbol other && _imports.SlotOf(other, target.OriginalDefinition) is { } imported)
                    {
                        return imported; // handed on to another project's model-calling method
                    }
                }
                else if (operation is ISimpleAssignmentOperation assignment && IsParameter(assignment.Value, parameter)
                    && ModelSlotUse.FromAssignment(assignment, _sdk) is { } property)
                {
                    return property.Slot;
                }
                else if (operation is IInvocationOperation send && RawModelRequest.MayBe(send.TargetMethod)
                    && RawChatRequest.Read(send, cancellationToken) is { Model.Written: { } written } request && IsParameter(written, parameter))
                {
                    // The model field of a chat request the method sends over raw HTTP: new { model, messages }.
                    return ModelSlotDefinition.RawHttpBody(request.Provider, request.LocalRuntime);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The value is the parameter, or the parameter with a default of the method's own (<c>model ?? DefaultModel</c>,
    /// <c>string.IsNullOrWhiteSpace(model) ? _default : model</c>), also through a local assigned once from it.
    /// </summary>
    private static bool IsParameter(IOperation value, IParameterSymbol parameter, int depth = 0) =>
        depth <= 3 && OperationSymbols.Unwrap(value) switch
        {
            IParameterReferenceOperation reference => SymbolEqualityComparer.Default.Equals(reference.Parameter.OriginalDefinition, parameter),
            ICoalesceOperation coalesce => IsParameter(coalesce.Value, parameter, depth + 1),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => IsParameter(conditional.WhenTrue, parameter, depth + 1) || IsParameter(whenFalse, parameter, depth + 1),
            ILocalReferenceOperation local => SingleAssignment.OfLocal(local) is { } assigned && IsParameter(assigned, parameter, depth + 1),
            _ => false,
        };

    /// <summary>The summary of a method of this compilation that calls a model, or null.</summary>
    public ModelCallingSummary? Of(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!MayCallModels(method) || _sdk.FindModelCall(method) != null)
        {
            return null;
        }

        var cut = false;
        return Get(Key(method), 0, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), ref cut, cancellationToken);
    }

    private static IMethodSymbol Key(IMethodSymbol method)
    {
        var original = (method.ReducedFrom ?? method).OriginalDefinition;
        return original.PartialImplementationPart ?? original;
    }

    private ModelCallingSummary? Get(IMethodSymbol method, int depth, HashSet<IMethodSymbol> visiting, ref bool cut, CancellationToken cancellationToken)
    {
        if (_summaries.TryGetValue(method, out var known))
        {
            return known;
        }

        if (!visiting.Add(method))
        {
            cut = true; // recursion: the method is being summarised further up
            return null;
        }

        var ownCut = false;
        var summary = method.IsAbstract || method.IsVirtual
            ? Dispatched(method, depth, visiting, ref ownCut, cancellationToken)
            : Compute(method, depth, visiting, ref ownCut, cancellationToken);
        visiting.Remove(method);
        if (ownCut)
        {
            cut = true; // depends on a method still being summarised: not final, not kept
        }
        else
        {
            _summaries.TryAdd(method, summary);
        }

        return summary;
    }

    /// <summary>An interface, abstract or virtual method: its implementations in this compilation, the costliest if several.</summary>
    private ModelCallingSummary? Dispatched(IMethodSymbol method, int depth, HashSet<IMethodSymbol> visiting, ref bool cut, CancellationToken cancellationToken)
    {
        if (MocksImplementations)
        {
            return null;
        }

        var implementations = (_implementations ??= new ImplementationIndex(_compilation)).Of(method, cancellationToken);
        var own = method.IsVirtual ? Compute(method, depth, visiting, ref cut, cancellationToken) : null;
        ModelCallingSummary? costliest = own;
        string? costliestName = null;
        var callingModels = own is { PollsOnly: false } ? 1 : 0;
        foreach (var implementation in implementations)
        {
            // An implementation is the same call one dispatch later: no level of its own.
            if (Get(Key(implementation), depth, visiting, ref cut, cancellationToken) is not { } summary)
            {
                continue;
            }

            callingModels += summary.PollsOnly ? 0 : 1;
            if (costliest == null || summary.Calls.Length > costliest.Calls.Length || (costliest.PollsOnly && !summary.PollsOnly))
            {
                costliest = summary;
                costliestName = implementation.ContainingType.Name + "." + implementation.Name;
            }
        }

        if (costliest == null || costliestName == null)
        {
            return costliest;
        }

        var count = implementations.Length + (method.IsVirtual ? 1 : 0);
        var note = count > 1 ? " (one of " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " implementations)" : string.Empty;
        return new ModelCallingSummary(costliest.Chain.Insert(0, costliestName + costliest.Note), costliest.Calls, note, throughDispatch: true, pollsOnly: costliest.PollsOnly,
            fewImplementationsCallAModel: count > 1 && callingModels * 2 <= count, runsUntilStopped: costliest.RunsUntilStopped);
    }

    private ModelCallingSummary? Compute(IMethodSymbol method, int depth, HashSet<IMethodSymbol> visiting, ref bool cut, CancellationToken cancellationToken)
    {
        ImmutableArray<string> chain = default;
        var throughDispatch = false;
        var runsModel = false; // anything but a job-status poll
        var onlyInWorkerLoops = true;
        var calls = ImmutableArray.CreateBuilder<ModelCall>();
        foreach (var body in BodiesOf(method, cancellationToken))
        {
            foreach (var operation in OperationWalk.Descendants(body))
            {
                // A call quoted in an expression tree does not run here: a job library runs it later (Hangfire's Enqueue).
                if (operation is not IInvocationOperation invocation || OperationSymbols.InQuotedLambda(invocation, body))
                {
                    continue;
                }

                var target = invocation.TargetMethod;
                if (_sdk.FindModelCall(target) is { } definition)
                {
                    if (calls.Count < ModelCallingSummary.MaxCalls)
                    {
                        calls.Add(_calls.Read(invocation, definition, cancellationToken));
                    }

                    var isModel = definition.Modality != Modality.JobStatus;
                    chain = chain.IsDefault || (isModel && !runsModel) ? ImmutableArray.Create(CallDisplay.Of(invocation)) : chain;
                    runsModel |= isModel;
                    onlyInWorkerLoops &= !isModel || WorkerLoops.Holds(invocation, body);
                }
                else if (RawRequest(invocation, cancellationToken) is { } raw)
                {
                    foreach (var call in raw.Calls)
                    {
                        if (calls.Count < ModelCallingSummary.MaxCalls)
                        {
                            calls.Add(call);
                        }
                    }

                    chain = chain.IsDefault || !runsModel ? ImmutableArray.Create(CallDisplay.Of(invocation) + " " + raw.Endpoint) : chain;
                    runsModel = true;
                    onlyInWorkerLoops &= WorkerLoops.Holds(invocation, body);
                }
                else if (PromptFunctions.Describe(invocation, cancellationToken) is { } prompt)
                {
                    // A Semantic Kernel function made from a prompt: the kernel's chat service runs it.
                    chain = chain.IsDefault || !runsModel ? ImmutableArray.Create(CallDisplay.Of(invocation) + " " + prompt) : chain;
                    runsModel = true;
                    onlyInWorkerLoops &= WorkerLoops.Holds(invocation, body);
                }
                else if (VideoRequestReader.IsHttpJobPoll(invocation, cancellationToken))
                {
                    // A status GET: no model runs, but a loop around the method polls the job (GAI002).
                    chain = chain.IsDefault ? ImmutableArray.Create(CallDisplay.Of(invocation) + " (job status)") : chain;
                }
                else if (depth >= MaxDepth && MayFollow(target))
                {
                    // Too deep to follow from here: this summary depends on where the search started, so it is not kept
                    // (a shallower start may find the model; keeping a partial answer would make results depend on order).
                    cut = true;
                }
                else if ((target.MethodKind == MethodKind.DelegateInvoke ? Delegated(invocation, depth, visiting, ref cut, cancellationToken) : Inner(target, invocation, depth, visiting, ref cut, cancellationToken)) is { } inner)
                {
                    foreach (var call in inner.Calls)
                    {
                        if (calls.Count < ModelCallingSummary.MaxCalls)
                        {
                            calls.Add(call);
                        }
                    }

                    // A model call after a poll names the chain to the model, not to the poll.
                    chain = chain.IsDefault || (!runsModel && !inner.PollsOnly) ? inner.Chain.Insert(0, CallDisplay.Of(invocation) + inner.Note) : chain;
                    throughDispatch |= inner.ThroughDispatch;
                    runsModel |= !inner.PollsOnly;
                    onlyInWorkerLoops &= inner.PollsOnly || inner.RunsUntilStopped || WorkerLoops.Holds(invocation, body);
                }
            }
        }

        return chain.IsDefault ? null : new ModelCallingSummary(chain, calls.ToImmutable(), throughDispatch: throughDispatch, pollsOnly: !runsModel,
            runsUntilStopped: runsModel && onlyInWorkerLoops);
    }

    /// <summary>
    /// What a call inside a summarised body runs: this compilation's method, followed; else what a referenced project
    /// exported for it; else another project's interface method through its implementations here. The export comes first:
    /// an interface of a shared project may be implemented in a project this one does not see, which only the export knows.
    /// </summary>
    private ModelCallingSummary? Inner(IMethodSymbol target, IInvocationOperation invocation, int depth, HashSet<IMethodSymbol> visiting, ref bool cut, CancellationToken cancellationToken)
    {
        if (MayFollow(target))
        {
            return Get(Key(target), depth + 1, visiting, ref cut, cancellationToken);
        }

        if (MayCallModels(target))
        {
            return null;
        }

        if (MediatorHandlers.MayBe(target))
        {
            return Mediated(invocation, depth, visiting, ref cut, cancellationToken);
        }

        // The export generator follows only names that may reach a model; an implementation here that calls one has its name among them.
        return _imports.Of(target, invocation)
            ?? (MayBeImplementedHere(target) && (_followOnly == null || _followOnly.Contains(target.Name)) ? Get(Key(target), depth + 1, visiting, ref cut, cancellationToken) : null)
            ?? ThroughPorts(target, invocation, 0, cancellationToken);
    }

    /// <summary>
    /// A delegate kept in a field, property or local, through the lambdas and methods the code assigns to it
    /// (<see cref="DelegateTargets"/>): the costliest, said as "(one of N functions)" when there are several.
    /// </summary>
    private ModelCallingSummary? Delegated(IInvocationOperation invocation, int depth, HashSet<IMethodSymbol> visiting, ref bool cut, CancellationToken cancellationToken)
    {
        if (depth >= MaxDepth || MocksImplementations)
        {
            return null;
        }

        // A field's or property's targets are the same from every call: searched once per compilation.
        var targets = DelegateTargets.MemberOf(invocation) is { } member
            ? _delegateTargets.GetOrAdd(member, _ => DelegateTargets.Of(invocation, _compilation, cancellationToken))
            : DelegateTargets.Of(invocation, _compilation, cancellationToken);
        ModelCallingSummary? costliest = null;
        foreach (var target in targets)
        {
            var summary = target switch
            {
                IAnonymousFunctionOperation lambda => Get(lambda.Symbol, depth + 1, visiting, ref cut, cancellationToken),
                IMethodReferenceOperation { Method: var method } when MayFollow(method) => Get(Key(method), depth + 1, visiting, ref cut, cancellationToken) is { } called
                    ? called.Through(method)
                    : null,
                _ => null,
            };
            if (summary != null && (costliest == null || summary.Calls.Length > costliest.Calls.Length || (costliest.PollsOnly && !summary.PollsOnly)))
            {
                costliest = summary;
            }
        }

        if (costliest == null)
        {
            return null;
        }

        var note = targets.Count > 1 ? " (one of " + targets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " functions)" : string.Empty;
        return new ModelCallingSummary(costliest.Chain, costliest.Calls, note + costliest.Note, throughDispatch: true, pollsOnly: costliest.PollsOnly);
    }

    private IEnumerable<IOperation> BodiesOf(IMethodSymbol method, CancellationToken cancellationToken) =>
        MethodBodies.Of(method, _compilation, cancellationToken);
}
