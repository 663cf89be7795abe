using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GreenAI.CodeFixes;

/// <summary>
/// Rewrites one unbounded loop into a bounded one with a DocumentEditor: a <c>MaxModelCalls</c> constant in the type
/// (added once), and a counter in the loop header (while, for) or before the loop (do … while).
/// </summary>
internal sealed class LoopCapper
{
    private const string ConstantName = "MaxModelCalls";
    private readonly DocumentEditor _editor;
    private readonly HashSet<string> _namesAdded = new();
    private readonly HashSet<TypeDeclarationSyntax> _typesWithConstant = new();

    private readonly SyntaxTrivia _newLine;

    public LoopCapper(DocumentEditor editor)
    {
        _editor = editor;
        _newLine = LineEnding.Of(editor.OriginalRoot);
    }

    /// <summary>Loops this fix can rewrite safely: in a block (or top-level code), with a body it can extend.</summary>
    public static bool CanCap(StatementSyntax loop) =>
        loop is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax
        && loop.Parent is BlockSyntax or GlobalStatementSyntax or SwitchSectionSyntax;

    public void Cap(StatementSyntax loop, int maxIterations, bool polling)
    {
        var constant = EnsureConstant(loop, maxIterations);
        var counter = LoopSyntax.FreeName(loop, "modelCalls", _namesAdded);
        var body = polling && NeedsBackoff(loop) ? AppendBackoff(loop, BodyOf(loop), counter) : BodyOf(loop);
        switch (loop)
        {
            case WhileStatementSyntax whileLoop:
                _editor.ReplaceNode(loop, CountedFor(whileLoop.Condition, counter, constant, body).WithTriviaFrom(loop));
                break;
            case ForStatementSyntax { Declaration: null, Initializers.Count: 0, Incrementors.Count: 0 } forLoop:
                _editor.ReplaceNode(loop, CountedFor(forLoop.Condition, counter, constant, body).WithTriviaFrom(loop));
                break;
            default:
                // do … while, or a for with its own header: count before the loop and leave at the cap.
                InsertBefore(loop, ParseStatement($"var {counter} = 0;"));
                var guard = ParseStatement($"if (++{counter} > {constant}) break;").WithTrailingTrivia(_newLine);
                var guarded = body.WithStatements(body.Statements.Insert(0, guard));
                _editor.ReplaceNode(BodyStatement(loop), guarded.WithAdditionalAnnotations(Formatter.Annotation));
                break;
        }
    }

    private static ForStatementSyntax CountedFor(ExpressionSyntax? condition, string counter, string constant, BlockSyntax body)
    {
        ExpressionSyntax bound = ParseExpression($"{counter} < {constant}");
        if (condition != null && !condition.IsKind(SyntaxKind.TrueLiteralExpression))
        {
            // `cond && counter < Max`: only conditions that bind looser than && need parentheses.
            bool looser = condition.IsKind(SyntaxKind.LogicalOrExpression) || condition is ConditionalExpressionSyntax
                or AssignmentExpressionSyntax or LambdaExpressionSyntax || condition.IsKind(SyntaxKind.CoalesceExpression);
            var kept = looser ? ParenthesizedExpression(condition.WithoutTrivia()) : condition.WithoutTrivia();
            bound = BinaryExpression(SyntaxKind.LogicalAndExpression, kept, bound);
        }

        return ForStatement(body)
            .WithDeclaration(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(VariableDeclarator(counter).WithInitializer(EqualsValueClause(ParseExpression("0"))))))
            .WithCondition(bound)
            .WithIncrementors(SingletonSeparatedList<ExpressionSyntax>(PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, IdentifierName(counter))))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>The constant's name: an existing int const MaxModelCalls of the type, or a new one added once.</summary>
    private string EnsureConstant(StatementSyntax loop, int maxIterations)
    {
        var type = loop.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        if (type == null)
        {
            // Top-level statements: a local constant before the loop.
            var local = LoopSyntax.FreeName(loop, ConstantName, _namesAdded);
            InsertBefore(loop, ParseStatement($"const int {local} = {maxIterations};"));
            return local;
        }

        bool exists = type.Members.OfType<FieldDeclarationSyntax>()
            .Any(f => f.Declaration.Variables.Any(v => v.Identifier.ValueText == ConstantName));
        if (!exists && _typesWithConstant.Add(type))
        {
            var field = (FieldDeclarationSyntax)ParseMemberDeclaration(
                $"/// <summary>How many model calls a loop may make before it stops (GreenAI GAI002).</summary>\nprivate const int {ConstantName} = {maxIterations};")!;
            field = field.WithTrailingTrivia(_newLine, _newLine);
            _editor.InsertMembers(type, 0, new SyntaxNode[] { field.WithAdditionalAnnotations(Formatter.Annotation) });
        }

        return ConstantName;
    }

    private static StatementSyntax BodyStatement(StatementSyntax loop) => loop switch
    {
        WhileStatementSyntax w => w.Statement,
        DoStatementSyntax d => d.Statement,
        ForStatementSyntax f => f.Statement,
        _ => loop,
    };

    private static BlockSyntax BodyOf(StatementSyntax loop) =>
        BodyStatement(loop) is BlockSyntax block ? block : Block(BodyStatement(loop));

    private static bool NeedsBackoff(StatementSyntax loop)
    {
        bool waits = BodyStatement(loop).DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Any(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Delay" or "Sleep" });
        var function = loop.Ancestors().FirstOrDefault(a => a is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
        bool isAsync = function switch
        {
            MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
            LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
            AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
            _ => loop.FirstAncestorOrSelf<GlobalStatementSyntax>() != null, // top-level code may await
        };
        return !waits && isAsync;
    }

    private BlockSyntax AppendBackoff(StatementSyntax loop, BlockSyntax body, string counter)
    {
        var task = TypeName(loop, "System.Threading.Tasks", "Task");
        var timeSpan = TypeName(loop, "System", "TimeSpan");
        var math = TypeName(loop, "System", "Math");
        var delay = ParseStatement($"await {task}.Delay({timeSpan}.FromSeconds({math}.Min(30, 2 * ({counter} + 1))));")
            .WithTrailingTrivia(_newLine)
            .WithAdditionalAnnotations(Formatter.Annotation);
        return body.WithStatements(body.Statements.Add(delay));
    }

    /// <summary>"Task" when that name means System.Threading.Tasks.Task at the loop, else the full name.</summary>
    private string TypeName(StatementSyntax loop, string ns, string name) => TypeNameInScope.For(_editor.SemanticModel, loop.SpanStart, ns, name);

    /// <summary>A statement before the loop; in top-level code, a global statement before the loop's own.</summary>
    private void InsertBefore(StatementSyntax loop, StatementSyntax statement)
    {
        statement = statement.WithTrailingTrivia(_newLine).WithAdditionalAnnotations(Formatter.Annotation);
        if (loop.Parent is GlobalStatementSyntax global)
        {
            _editor.InsertBefore(global, GlobalStatement(statement));
        }
        else
        {
            _editor.InsertBefore(loop, statement);
        }
    }
}
