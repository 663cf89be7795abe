using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Options;

/// <summary>Options read once per syntax tree of a compilation (per-folder .editorconfig and global configs apply).</summary>
internal sealed class OptionsCache
{
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly ConcurrentDictionary<SyntaxTree, GreenAIOptions> _byTree = new();
    private readonly System.Func<SyntaxTree, GreenAIOptions> _read;

    public OptionsCache(AnalyzerConfigOptionsProvider provider)
    {
        _provider = provider;
        _read = tree => GreenAIOptions.Read(_provider.GetOptions(tree)); // made once: a lambda at the call site is a new delegate per call
    }

    public GreenAIOptions For(SyntaxTree tree) => _byTree.GetOrAdd(tree, _read);
}
