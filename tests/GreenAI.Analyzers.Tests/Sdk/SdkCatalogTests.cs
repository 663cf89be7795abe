using System.Collections.Immutable;
using GreenAI.Analyzers.Sdk;
using GreenAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Sdk;

/// <summary>
/// Every SDK fact in the catalogue names a type, member and parameter that exist in the SDK assemblies the tests
/// reference (the real packages; the Google GenAI stand-in): a renamed or moved SDK member fails here, not silently in
/// the rules.
/// </summary>
public class SdkCatalogTests
{
    private static readonly Compilation Sdks = AnalyzerRunner.Compile("class C { }");

    /// <summary>
    /// Synchronous streaming overloads that other OpenAI 2.x versions declare (they are in the openai-dotnet source)
    /// and 2.15.0, the version the tests reference, does not: kept so that code on those versions is seen.
    /// </summary>
    private static readonly HashSet<string> InOtherVersionsOnly = new()
    {
        "OpenAI|OpenAI.Responses.ResponsesClient|CreateResponseStreaming",
        "OpenAI|OpenAI.Assistants.AssistantClient|CreateRunStreaming",
        "OpenAI|OpenAI.Assistants.AssistantClient|CreateThreadAndRunStreaming",
        "OpenAI|OpenAI.Assistants.AssistantClient|SubmitToolOutputsToRunStreaming",
    };

    public static TheoryData<string> ModelCalls() =>
        new(SdkCatalog.ModelCalls.SelectMany(d => d.Methods.Select(m => $"{d.Assembly}|{d.ContainingType}|{m}")).Distinct().Where(e => !InOtherVersionsOnly.Contains(e)));

    public static TheoryData<string> ModelSlots() =>
        new(SdkCatalog.ModelSlots.Select(s => $"{s.Assembly}|{s.ContainingType}|{s.Method ?? "property"}|{s.Parameter ?? s.Property}").Distinct()
            .Where(e => !InOtherVersionsOnly.Contains(string.Join('|', e.Split('|').Take(3)))));

    public static TheoryData<string> FactTypes() =>
        new(new[] { SdkCatalog.ChatClientPipeline.Builder }
            .Concat(SdkCatalog.Reasoning.EffortOptionTypes)
            .Concat(SdkCatalog.Reasoning.EffortLevelTypes)
            .Concat(SdkCatalog.Reasoning.ThinkingConfigTypes)
            .Select(t => $"{t.Assembly}|{t.MetadataName}"));

    [Theory]
    [MemberData(nameof(ModelCalls))]
    public void Every_model_call_method_exists(string entry)
    {
        var (assembly, type, method) = Split3(entry);
        Assert.True(TypeIn(assembly, type).GetMembers(method).Any(m => m is IMethodSymbol), $"{type} has no method {method}");
    }

    [Theory]
    [MemberData(nameof(ModelSlots))]
    public void Every_model_slot_exists(string entry)
    {
        var parts = entry.Split('|');
        var type = TypeIn(parts[0], parts[1]);
        if (parts[2] == "property")
        {
            Assert.True(type.GetMembers(parts[3]).Any(m => m is IPropertySymbol), $"{parts[1]} has no property {parts[3]}");
            return;
        }

        var methods = parts[2] == ".ctor" ? type.InstanceConstructors : type.GetMembers(parts[2]).OfType<IMethodSymbol>().ToImmutableArray();
        Assert.True(methods.Any(m => m.Parameters.Any(p => p.Name == parts[3])), $"{parts[1]}.{parts[2]} has no parameter {parts[3]}");
    }

    [Theory]
    [MemberData(nameof(FactTypes))]
    public void Every_type_the_rules_ask_about_exists(string entry)
    {
        var parts = entry.Split('|');
        Assert.NotNull(TypeIn(parts[0], parts[1]));
    }

    [Fact]
    public void The_pipeline_and_reasoning_members_exist()
    {
        var builder = TypeIn(SdkCatalog.ChatClientPipeline.Builder.Assembly, SdkCatalog.ChatClientPipeline.Builder.MetadataName);
        Assert.NotEmpty(builder.GetMembers(SdkCatalog.ChatClientPipeline.Build));
        Assert.Contains(ExtensionsOf(builder), m => m.Name == SdkCatalog.ChatClientPipeline.CachingStep);
        Assert.Contains(ExtensionsOf(builder), m => m.Name == "ConfigureOptions");
        foreach (var options in SdkCatalog.Reasoning.EffortOptionTypes)
        {
            Assert.NotEmpty(TypeIn(options.Assembly, options.MetadataName).GetMembers(SdkCatalog.Reasoning.EffortProperty));
        }

        foreach (var level in SdkCatalog.Reasoning.EffortLevelTypes)
        {
            var members = TypeIn(level.Assembly, level.MetadataName).GetMembers().Select(m => m.Name).ToHashSet();
            Assert.All(SdkCatalog.Reasoning.OneStepDown, step => Assert.Contains(step.Value, members));
        }
    }

    [Fact]
    public void Every_assembly_the_catalogue_names_is_searched()
    {
        // SdkSymbols looks types up only in SdkCatalog.AssemblyNames: an entry in any other assembly never binds
        // (Semantic Kernel's InvokePromptAsync, in .Core, was silently unbound until this test).
        var named = SdkCatalog.ModelCalls.Select(d => d.Assembly).Concat(SdkCatalog.ModelSlots.Select(s => s.Assembly)).Distinct();
        Assert.All(named, assembly => Assert.Contains(assembly, SdkCatalog.AssemblyNames));
    }

    [Fact]
    public void Semantic_Kernel_prompts_bind_as_model_calls()
    {
        var compilation = AnalyzerRunner.Compile("""
            using Microsoft.SemanticKernel;
            class Probe { Task Run(Kernel kernel) => kernel.InvokePromptAsync("hi"); }
            """);
        var tree = compilation.SyntaxTrees.First(t => t.ToString().Contains("Probe", StringComparison.Ordinal));
        var call = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>().Single();
        var method = (IMethodSymbol)compilation.GetSemanticModel(tree).GetSymbolInfo(call).Symbol!;
        Assert.NotNull(SdkSymbols.Create(compilation)!.FindModelCall(method));
    }

    [Fact]
    public void The_catalogue_binds_to_a_compilation_with_the_sdks_and_to_nothing_without_them()
    {
        Assert.NotNull(SdkSymbols.Create(Sdks));
        Assert.Null(SdkSymbols.Create(AnalyzerRunner.Compile("class C { }", withoutSdks: true)));
    }

    private static (string, string, string) Split3(string entry)
    {
        var parts = entry.Split('|');
        return (parts[0], parts[1], parts[2]);
    }

    private static INamedTypeSymbol TypeIn(string assemblyName, string metadataName)
    {
        var assembly = Sdks.SourceModule.ReferencedAssemblySymbols.SingleOrDefault(a => a.Name == assemblyName);
        Assert.True(assembly != null, $"the tests reference no assembly {assemblyName}");
        var type = assembly!.GetTypeByMetadataName(metadataName);
        Assert.True(type != null, $"{assemblyName} has no type {metadataName}");
        return type!;
    }

    /// <summary>Extension methods on the type, from its own assembly.</summary>
    private static IEnumerable<IMethodSymbol> ExtensionsOf(INamedTypeSymbol type) =>
        AllTypes(type.ContainingAssembly.GlobalNamespace).SelectMany(t => t.GetMembers().OfType<IMethodSymbol>())
            .Where(m => m.IsExtensionMethod && m.Parameters.Length > 0 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, type));

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(AllTypes));
}
