using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using GreenAI.Analyzers.Caching;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>Finds the one value a local or a readonly field ever gets, or null when there is not exactly one.</summary>
internal static class SingleAssignment
{
    // The one value of a field, found by scanning constructors, is the same for every call through that field: found once per compilation.
    // The operation is kept, not just the syntax: getting it again would bind the constructor again in each caller's model.
    private static readonly ConditionalWeakTable<Compilation, CompilationCache<ISymbol, IOperation?>> MemberValues = new();

    /// <summary>A local declared with an initialiser and never written again in its method.</summary>
    public static IOperation? OfLocal(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.IsRef || OperationSymbols.RootOf(reference) is not { } body)
        {
            return null;
        }

        var facts = BodyFacts.Of(body);
        return facts.WrittenLocals.Contains(local) ? null : facts.InitialValueOf(local);
    }

    /// <summary>A readonly field with an initialiser, or assigned once in the constructors, in the same file.</summary>
    public static IOperation? OfReadonlyField(IFieldReferenceOperation reference, CancellationToken cancellationToken)
    {
        var field = reference.Field;
        var model = reference.SemanticModel;
        if (model == null || !field.IsReadOnly || field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return ValuesOf(model.Compilation).GetOrAdd(field, (model, cancellationToken), static (member, state) => FindFieldValue((IFieldSymbol)member, state.model, state.cancellationToken));
    }

    /// <summary>
    /// The one value of a field that holds a request URI: as <see cref="OfReadonlyField"/>, but the field need not be
    /// readonly nor in the same file (<c>public static string ImageApi = "https://…/v1/images/generations";</c> in a
    /// Config class). Only a URI's shape is read from it, and applications rarely point such a field elsewhere later.
    /// </summary>
    public static IOperation? OfUriField(IFieldReferenceOperation reference, CancellationToken cancellationToken)
    {
        var field = reference.Field;
        var model = reference.SemanticModel;
        if (model == null || field.IsConst || field.DeclaringSyntaxReferences.Length != 1
            || !model.Compilation.ContainsSyntaxTree(field.DeclaringSyntaxReferences[0].SyntaxTree))
        {
            return null;
        }

        var declaringModel = MethodBodies.ModelOf(model.Compilation, field.DeclaringSyntaxReferences[0].SyntaxTree);
        return UriValues.GetValue(model.Compilation, static _ => new CompilationCache<ISymbol, IOperation?>(SymbolEqualityComparer.Default))
            .GetOrAdd(field, (declaringModel, cancellationToken), static (member, state) => FindFieldValue((IFieldSymbol)member, state.declaringModel, state.cancellationToken));
    }

    private static readonly ConditionalWeakTable<Compilation, CompilationCache<ISymbol, IOperation?>> UriValues = new();

    private static CompilationCache<ISymbol, IOperation?> ValuesOf(Compilation compilation) =>
        MemberValues.GetValue(compilation, static _ => new CompilationCache<ISymbol, IOperation?>(SymbolEqualityComparer.Default));

    private static IOperation? FindFieldValue(IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken)
    {
        if (field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator
            || declarator.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        var inConstructors = declarator.Parent?.Parent?.Parent is TypeDeclarationSyntax type
            && ConstructorAssignments(type, model, cancellationToken).TryGetValue(field, out var assigned)
            ? assigned
            : default;
        var initializer = declarator.Initializer?.Value;
        if ((initializer == null ? 0 : 1) + inConstructors.Count != 1)
        {
            return null;
        }

        return initializer != null ? model.GetOperation(initializer, cancellationToken) : inConstructors.Value;
    }

    // What the constructors of a type declaration assign to its fields, read once per declaration (from their operation
    // trees, which the driver builds anyway) rather than once per field by walking their syntax and binding each target.
    private static readonly ConditionalWeakTable<Compilation, CompilationCache<TypeDeclarationSyntax, Dictionary<IFieldSymbol, (IOperation? Value, int Count)>>> AssignmentsByType = new();

    private static Dictionary<IFieldSymbol, (IOperation? Value, int Count)> ConstructorAssignments(TypeDeclarationSyntax type, SemanticModel model, CancellationToken cancellationToken)
    {
        var byType = AssignmentsByType.GetValue(model.Compilation, static _ => new CompilationCache<TypeDeclarationSyntax, Dictionary<IFieldSymbol, (IOperation?, int)>>());
        return byType.GetOrAdd(type, (model, cancellationToken), static (declaration, state) => ReadConstructorAssignments(declaration, state.model, state.cancellationToken));
    }

    private static Dictionary<IFieldSymbol, (IOperation? Value, int Count)> ReadConstructorAssignments(TypeDeclarationSyntax type, SemanticModel model, CancellationToken cancellationToken)
    {
        var assignments = new Dictionary<IFieldSymbol, (IOperation? Value, int Count)>(SymbolEqualityComparer.Default);
        foreach (var member in type.Members)
        {
            if (member is not ConstructorDeclarationSyntax constructor || model.GetOperation(constructor, cancellationToken) is not { } body)
            {
                continue;
            }

            foreach (var operation in OperationWalk.Descendants(body))
            {
                if (operation is ISimpleAssignmentOperation { Target: IFieldReferenceOperation target } assignment)
                {
                    assignments.TryGetValue(target.Field, out var seen);
                    assignments[target.Field] = (assignment.Value, seen.Count + 1);
                }
            }
        }

        return assignments;
    }

    /// <summary>A get-only property with an initialiser (<c>{ get; } = "…"</c>) or an expression body (<c>=> "…"</c>), in the same file.</summary>
    public static IOperation? OfGetOnlyProperty(IPropertyReferenceOperation reference, CancellationToken cancellationToken)
    {
        var property = reference.Property;
        var model = reference.SemanticModel;
        if (model == null || property.SetMethod != null || property.IsIndexer || property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration
            || declaration.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        ExpressionSyntax? value = declaration.ExpressionBody?.Expression ?? declaration.Initializer?.Value;
        if (value == null && declaration.AccessorList != null)
        {
            foreach (var accessor in declaration.AccessorList.Accessors)
            {
                if (accessor.ExpressionBody != null)
                {
                    value = accessor.ExpressionBody.Expression;
                }
            }
        }

        if (value == null)
        {
            return null;
        }

        return ValuesOf(model.Compilation).GetOrAdd(property, (model, value, cancellationToken), static (_, state) => state.model.GetOperation(state.value, state.cancellationToken));
    }
}
