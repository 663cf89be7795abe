using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Reporting;

/// <summary>Where a diagnostic about a call goes: the method name, so that a multi-line call gets a short squiggle.</summary>
internal static class CallLocation
{
    public static Location Of(IInvocationOperation invocation)
    {
        var span = invocation.Syntax is InvocationExpressionSyntax syntax
            ? syntax.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Span,
                MemberBindingExpressionSyntax binding => binding.Name.Span,
                SimpleNameSyntax name => name.Span,
                _ => invocation.Syntax.Span,
            }
            : invocation.Syntax.Span;
        return Location.Create(OperationSymbols.TreeOf(invocation), span);
    }
}
