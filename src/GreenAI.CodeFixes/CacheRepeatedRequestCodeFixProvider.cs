using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GreenAI.Analyzers;
using GreenAI.Analyzers.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GreenAI.CodeFixes;

/// <summary>
/// GAI007: "Cache the answer". For a Microsoft.Extensions.AI pipeline built in sight, inserts
/// <c>.UseDistributedCache(cache)</c> before <c>.Build()</c> (an IDistributedCache in scope, else an in-memory one when
/// the project can compile it). Otherwise wraps the awaited call in <c>GetOrCreateAsync</c> of an IMemoryCache or, for
/// Microsoft.Extensions.AI, a HybridCache already in scope. No cache in reach: no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CacheRepeatedRequestCodeFixProvider)), Shared]
public sealed class CacheRepeatedRequestCodeFixProvider : GreenAICodeFixProvider
{
    public const string Key = "GAI007.Cache";

    private const string InMemoryDistributedCache =
        "new Microsoft.Extensions.Caching.Distributed.MemoryDistributedCache(Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Caching.Memory.MemoryDistributedCacheOptions()))";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.RepeatedRequest);

    protected override bool NeedsSemanticModel => true;

    protected override Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel? model)
    {
        var properties = diagnostic.Properties;
        properties.TryGetValue(RepeatedRequestProperties.CacheName, out var cacheName);
        switch (properties.TryGetValue(RepeatedRequestProperties.Fix, out var fix) ? fix : null)
        {
            case RepeatedRequestProperties.FixPipeline when Build(root, properties) is { } build
                && CacheArgument(model!, cacheName) is { } cache:
                context.RegisterCodeFix(
                    CodeAction.Create("Cache the answers: add UseDistributedCache to the pipeline", ct => AddPipelineCacheAsync(context.Document, build, cache, ct), Key),
                    diagnostic);
                break;
            case RepeatedRequestProperties.FixMemoryCache or RepeatedRequestProperties.FixHybridCache when cacheName != null
                && properties.TryGetValue(RepeatedRequestProperties.CacheKey, out var key) && key != null
                && Awaited(root, diagnostic) is { } awaited:
                bool hybrid = fix == RepeatedRequestProperties.FixHybridCache;
                context.RegisterCodeFix(
                    CodeAction.Create($"Cache the answer in {cacheName}", ct => WrapAsync(context.Document, awaited, cacheName, key, hybrid, ct), Key),
                    diagnostic);
                break;
        }

        return Task.CompletedTask;
    }

    private static MemberAccessExpressionSyntax? Build(SyntaxNode root, ImmutableDictionary<string, string?> properties) =>
        properties.TryGetValue(RepeatedRequestProperties.BuildStart, out var text)
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
        && start < root.FullSpan.End
            ? root.FindToken(start).Parent as MemberAccessExpressionSyntax
            : null;

    /// <summary>The cache in scope, or an in-memory IDistributedCache when the project references its package.</summary>
    private static ExpressionSyntax? CacheArgument(SemanticModel model, string? cacheName)
    {
        if (cacheName != null)
        {
            return IdentifierName(cacheName);
        }

        return model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.Distributed.MemoryDistributedCache") != null
            && model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Options.Options") != null
            ? ParseExpression(InMemoryDistributedCache).WithAdditionalAnnotations(Simplifier.Annotation)
            : null;
    }

    private static AwaitExpressionSyntax? Awaited(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault()?.Parent as AwaitExpressionSyntax;

    private static async Task<Document> AddPipelineCacheAsync(Document document, MemberAccessExpressionSyntax build, ExpressionSyntax cache, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var cached = InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, build.Expression.WithoutTrailingTrivia(), IdentifierName("UseDistributedCache")),
            ArgumentList(SingletonSeparatedList(Argument(cache))))
            .WithTrailingTrivia(build.Expression.GetTrailingTrivia());
        var newRoot = root!.ReplaceNode(build.Expression, cached);
        newRoot = await ImportIfMissingAsync(document, newRoot, "Microsoft.Extensions.AI", build.SpanStart, cancellationToken).ConfigureAwait(false);
        return await Cleanup.FormatAndSimplifyAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> WrapAsync(Document document, AwaitExpressionSyntax awaited, string cacheName, string key, bool hybrid, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var call = awaited.Expression.WithoutTrivia();
        var keyLiteral = LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(key));
        ExpressionSyntax replacement = hybrid
            // await cache.GetOrCreateAsync(key, async _ => await call)
            ? ParseExpression($"await {cacheName}.GetOrCreateAsync({keyLiteral}, async _ => await {call})")
            // (await cache.GetOrCreateAsync(key, _ => call))!: IMemoryCache returns T?, the call never gives null.
            : ParseExpression($"(await {cacheName}.GetOrCreateAsync({keyLiteral}, _ => {call}))!");
        var newRoot = root!.ReplaceNode(awaited, replacement.WithTriviaFrom(awaited));
        if (!hybrid)
        {
            newRoot = await ImportIfMissingAsync(document, newRoot, "Microsoft.Extensions.Caching.Memory", awaited.SpanStart, cancellationToken).ConfigureAwait(false);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>Adds <c>using ns;</c> unless the file already imports it (global usings of other files count).</summary>
    private static async Task<SyntaxNode> ImportIfMissingAsync(Document document, SyntaxNode root, string ns, int position, CancellationToken cancellationToken)
    {
        if (root is not CompilationUnitSyntax unit || unit.Usings.Any(u => u.Name?.ToString() == ns))
        {
            return root;
        }

        // A using inside the namespace around the position, or a global using anywhere in the project, also imports it.
        if (root.FindToken(position).Parent?.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(u => u.Name?.ToString() == ns)) == true)
        {
            return root;
        }

        var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        foreach (var tree in compilation?.SyntaxTrees ?? Enumerable.Empty<SyntaxTree>())
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax other
                && other.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && u.Name?.ToString() == ns))
            {
                return root;
            }
        }

        // In order among the file's usings (alphabetical, as dotnet format sorts them).
        var directive = UsingDirective(ParseName(ns)).WithTrailingTrivia(unit.Usings.Count > 0 ? unit.Usings[0].GetTrailingTrivia() : TriviaList(ElasticCarriageReturnLineFeed));
        int index = 0;
        while (index < unit.Usings.Count && string.CompareOrdinal(unit.Usings[index].Name?.ToString(), ns) < 0 && unit.Usings[index].Alias == null && unit.Usings[index].StaticKeyword.IsKind(SyntaxKind.None))
        {
            index++;
        }

        var usings = unit.Usings;
        if (index == 0 && usings.Count > 0)
        {
            // A file header stays at the top of the file.
            directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
            usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia());
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }
}
