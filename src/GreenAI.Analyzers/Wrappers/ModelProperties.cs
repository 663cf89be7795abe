using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The project's own string properties whose value reaches a model slot: a settings class's <c>ChatModel</c> read into
/// <c>new ChatClient(settings.ChatModel, key)</c>, or a job's <c>Model</c> copied into <c>new ChatCompletionCreateRequest
/// { Model = Model }</c>, directly or through another such property (a few levels). A constant written to one (its
/// initialiser, an assignment, an object initialiser) is a model choice there. Found on demand, once per property: the
/// trees whose text names the property are searched for its reads.
/// </summary>
internal sealed class ModelProperties
{
    private const int MaxDepth = 3;
    private readonly Compilation _compilation;
    private readonly SdkSymbols _sdk;
    private readonly ModelCallingMethods _methods;
    private readonly ConcurrentDictionary<IPropertySymbol, ModelSlotDefinition?> _slots = new(SymbolEqualityComparer.Default);

    public ModelProperties(Compilation compilation, SdkSymbols sdk, ModelCallingMethods methods) =>
        (_compilation, _sdk, _methods) = (compilation, sdk, methods);

    /// <summary>
    /// Cheap: a string property declared in this project, the only kind followed. Not a static read-only one: its reads
    /// are already its value (<c>static string Model { get; } = "o1"</c> is a choice where it is read).
    /// </summary>
    public bool MayCarryModel(IPropertySymbol property) =>
        property.Type.SpecialType == SpecialType.System_String && !property.IsIndexer && !(property.IsStatic && property.IsReadOnly)
        && SymbolEqualityComparer.Default.Equals(property.ContainingAssembly, _compilation.Assembly);

    /// <summary>The model slot the property's value reaches, or null.</summary>
    public ModelSlotDefinition? SlotOf(IPropertySymbol property, CancellationToken cancellationToken) =>
        SlotOf(property.OriginalDefinition, 0, new HashSet<IPropertySymbol>(SymbolEqualityComparer.Default), cancellationToken);

    private ModelSlotDefinition? SlotOf(IPropertySymbol property, int depth, HashSet<IPropertySymbol> visiting, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || !MayCarryModel(property))
        {
            return null;
        }

        if (_slots.TryGetValue(property, out var known))
        {
            return known;
        }

        if (!visiting.Add(property))
        {
            return null; // a cycle of properties copied into each other ends here
        }

        var slot = Find(property, depth, visiting, cancellationToken);
        // Kept when found, or when the search started here: a null below the top may be a cycle or the depth cut of
        // this search only. The cycle guard is this search's own, so that analyses running at once never see another's
        // unfinished answer (a shared placeholder made this order- and thread-dependent).
        if (slot != null || depth == 0)
        {
            _slots[property] = slot;
        }

        return slot;
    }

    private ModelSlotDefinition? Find(IPropertySymbol property, int depth, HashSet<IPropertySymbol> visiting, CancellationToken cancellationToken)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (tree.GetText(cancellationToken).ToString().IndexOf(property.Name, System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not IdentifierNameSyntax name || name.Identifier.ValueText != property.Name)
                {
                    continue;
                }

                model ??= MethodBodies.ModelOf(_compilation, tree);
                if (model.GetOperation(name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name, cancellationToken) is IPropertyReferenceOperation read
                    && SymbolEqualityComparer.Default.Equals(read.Property.OriginalDefinition, property)
                    && Destination(read, depth, visiting, cancellationToken) is { } slot)
                {
                    return slot;
                }
            }
        }

        return null;
    }

    /// <summary>Where a read of the property goes: an SDK model slot, the project's method parameter that reaches one, or another model property.</summary>
    private ModelSlotDefinition? Destination(IPropertyReferenceOperation read, int depth, HashSet<IPropertySymbol> visiting, CancellationToken cancellationToken)
    {
        IOperation value = read;
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        switch (value.Parent)
        {
            case IArgumentOperation argument:
                return ModelSlotUse.FromArgument(argument, _sdk)?.Slot
                    ?? (argument.Parameter is { } parameter && parameter.ContainingSymbol is IMethodSymbol method && (_methods.MayCallModels(method) || method.MethodKind == MethodKind.Constructor)
                        ? _methods.SlotOf(parameter, cancellationToken)
                        : null);
            case ISimpleAssignmentOperation assignment when assignment.Value == value:
                return ModelSlotUse.FromAssignment(assignment, _sdk)?.Slot
                    ?? (assignment.Target is IPropertyReferenceOperation target ? SlotOf(target.Property.OriginalDefinition, depth + 1, visiting, cancellationToken) : null);
            default:
                return null;
        }
    }
}
