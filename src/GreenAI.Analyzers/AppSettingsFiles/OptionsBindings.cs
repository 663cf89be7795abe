using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.AppSettingsFiles;

/// <summary>
/// The options pattern: the configuration sections the project binds its own classes to —
/// <c>services.Configure&lt;OpenAISettings&gt;(config.GetSection("OpenAI"))</c>, <c>config.GetSection("OpenAI").Get&lt;T&gt;()</c>,
/// <c>.Bind(instance)</c>, <c>services.AddOptions&lt;T&gt;().Bind(section)</c> or <c>.BindConfiguration("OpenAI")</c> — so
/// that a read of a bound property (<c>settings.DeploymentName</c>, <c>options.Value.ChatModel</c>, also a property of a
/// nested class) is the key <c>OpenAI:DeploymentName</c>. Built once per compilation, on the first property read that
/// needs it, and only when the project has settings files: the syntax is searched for those method names first.
/// </summary>
internal sealed class OptionsBindings
{
    private const int MaxNesting = 3;

    private static readonly HashSet<string> BindingMethods = new() { "Configure", "Get", "Bind", "BindConfiguration" };

    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<string>> _sections;

    private OptionsBindings(Dictionary<INamedTypeSymbol, ImmutableArray<string>> sections) => _sections = sections;

    /// <summary>The configuration keys a read of a property of a bound class stands for; empty when its class is not bound.</summary>
    public ImmutableArray<string> KeysOf(IPropertyReferenceOperation reference, int depth = 0)
    {
        if (_sections.Count == 0 || reference.Property.IsStatic || reference.Property.IsIndexer)
        {
            return ImmutableArray<string>.Empty;
        }

        // settings.OpenAI.Model: the bound class's property of a class type is the section below; the path the code
        // reads through comes before where the inner class is bound on its own.
        if (depth < MaxNesting && reference.Instance is { } instance && OperationSymbols.Unwrap(instance) is IPropertyReferenceOperation outer
            && KeysOf(outer, depth + 1) is { IsEmpty: false } outerKeys)
        {
            return outerKeys.Select(key => Join(key, reference.Property.Name)).ToImmutableArray();
        }

        return _sections.TryGetValue(reference.Property.ContainingType.OriginalDefinition, out var sections)
            ? sections.Select(section => Join(section, reference.Property.Name)).ToImmutableArray()
            : ImmutableArray<string>.Empty;
    }

    public static OptionsBindings Of(Compilation compilation, SdkSymbols sdk, CancellationToken cancellationToken)
    {
        var sections = new Dictionary<INamedTypeSymbol, ImmutableArray<string>>(SymbolEqualityComparer.Default);
        if (sdk.Configuration == null)
        {
            return new OptionsBindings(sections);
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not InvocationExpressionSyntax invocation || !BindingMethods.Contains(NameOf(invocation.Expression) ?? string.Empty))
                {
                    continue;
                }

                model ??= MethodBodies.ModelOf(compilation, tree);
                if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation && Binding(operation, sdk, cancellationToken) is var (type, section))
                {
                    var known = sections.TryGetValue(type, out var list) ? list : ImmutableArray<string>.Empty;
                    if (!known.Contains(section))
                    {
                        sections[type] = known.Add(section);
                    }
                }
            }
        }

        return new OptionsBindings(sections);
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        IdentifierNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The project's class and the section path one binding call gives it, or null.</summary>
    private static (INamedTypeSymbol Type, string Section)? Binding(IInvocationOperation invocation, SdkSymbols sdk, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        var container = method.ContainingType?.Name;
        switch (method.Name)
        {
            // services.Configure<T>(section) / services.Configure<T>(name, section)
            case "Configure" when container == "OptionsConfigurationServiceCollectionExtensions" && invocation.TargetMethod.TypeArguments.Length == 1:
                return Pair(invocation.TargetMethod.TypeArguments[0], SectionArgument(invocation, sdk, cancellationToken));
            // section.Get<T>()
            case "Get" when container == "ConfigurationBinder" && invocation.TargetMethod.TypeArguments.Length == 1:
                return Pair(invocation.TargetMethod.TypeArguments[0], SectionArgument(invocation, sdk, cancellationToken));
            // section.Bind(instance)
            case "Bind" when container == "ConfigurationBinder":
                var instance = invocation.Arguments.Length > 1 ? OperationSymbols.Unwrap(invocation.Arguments[1].Value).Type : null;
                return Pair(instance, SectionArgument(invocation, sdk, cancellationToken));
            // services.AddOptions<T>().Bind(section) / .BindConfiguration("A:B")
            case "Bind" when container == "OptionsBuilderConfigurationExtensions" && invocation.TargetMethod.TypeArguments.Length == 1:
                return Pair(invocation.TargetMethod.TypeArguments[0], SectionArgument(invocation, sdk, cancellationToken));
            case "BindConfiguration" when container == "OptionsBuilderConfigurationExtensions" && invocation.TargetMethod.TypeArguments.Length == 1:
                var path = OperationSymbols.ArgumentNamed(invocation.Arguments, "configSectionPath")?.ConstantValue.Value as string;
                return Pair(invocation.TargetMethod.TypeArguments[0], path);
            default:
                return null;
        }
    }

    /// <summary>The section path of the call's IConfiguration argument (the receiver of an extension method included).</summary>
    private static string? SectionArgument(IInvocationOperation invocation, SdkSymbols sdk, CancellationToken cancellationToken)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (ConfigurationKeys.SectionPathOf(argument.Value, sdk, cancellationToken) is { } path)
            {
                return path;
            }
        }

        return null;
    }

    private static (INamedTypeSymbol, string)? Pair(ITypeSymbol? type, string? section) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class, DeclaringSyntaxReferences.Length: > 0 } named && section != null
            ? (named.OriginalDefinition, section)
            : null;

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : prefix + ":" + key;
}
