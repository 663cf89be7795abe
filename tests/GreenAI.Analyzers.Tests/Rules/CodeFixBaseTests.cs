using System.Collections.Immutable;
using GreenAI.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace GreenAI.Analyzers.Tests.Rules;

/// <summary>
/// The shared first steps of every fix (<see cref="GreenAICodeFixProvider"/>): a diagnostic whose location no longer fits
/// the document (the file was shortened since the analysis) gets no fix and no exception, from every provider.
/// </summary>
public class CodeFixBaseTests
{
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(GreenAICodeFixProvider).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Every_provider_shares_the_first_steps() =>
        Assert.All(
            typeof(GreenAICodeFixProvider).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)),
            type => Assert.True(typeof(GreenAICodeFixProvider).IsAssignableFrom(type), type.Name));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_location_beyond_a_shortened_document_gets_no_fix(string providerType)
    {
        var provider = (CodeFixProvider)Activator.CreateInstance(typeof(GreenAICodeFixProvider).Assembly.GetType(providerType)!)!;
        using var workspace = new AdhocWorkspace();
        var document = workspace.AddProject("P", LanguageNames.CSharp).AddDocument("A.cs", SourceText.From("class A { }"));
        var location = Location.Create((await document.GetSyntaxTreeAsync())!.FilePath, new TextSpan(500, 10), new LinePositionSpan(new LinePosition(40, 0), new LinePosition(40, 10)));
        var properties = ImmutableDictionary<string, string?>.Empty;
        var registered = new List<CodeAction>();
        foreach (var id in provider.FixableDiagnosticIds)
        {
            var diagnostic = Diagnostic.Create(new DiagnosticDescriptor(id, "t", "m", "c", DiagnosticSeverity.Warning, true), location, properties);
            var context = new CodeFixContext(document, diagnostic, (action, _) => registered.Add(action), CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context);
        }

        Assert.Empty(registered);
    }
}
