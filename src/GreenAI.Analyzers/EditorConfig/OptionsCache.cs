using GreenAI.Analyzers.Caching;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.EditorConfig;

/// <summary>Options read once per syntax tree of a compilation (per-folder .editorconfig and global configs apply).</summary>
internal sealed class OptionsCache
{
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly CompilationCache<SyntaxTree, GreenAIOptions> _byTree = new();

    public OptionsCache(AnalyzerConfigOptionsProvider provider) => _provider = provider;

    public GreenAIOptions For(SyntaxTree tree) => _byTree.GetOrAdd(tree, _provider, static (t, provider) => GreenAIOptions.Read(provider.GetOptions(t)));

    /// <summary>The options of an additional file (a settings file), read anew: asked once per file and compilation.</summary>
    public GreenAIOptions For(AdditionalText file) => GreenAIOptions.Read(_provider.GetOptions(file));
}
