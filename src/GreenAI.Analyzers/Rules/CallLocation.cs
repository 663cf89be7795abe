using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>Where a diagnostic about a call goes: the method name, so that a multi-line call gets a short squiggle.</summary>
internal static class CallLocation
{
    public static Location Of(IInvocationOperation invocation)
    {
        if (invocation.Syntax is InvocationExpressionSyntax syntax)
        {
            switch (syntax.Expression)
            {
                case MemberAccessExpressionSyntax member:
                    return member.Name.GetLocation();
                case MemberBindingExpressionSyntax binding:
                    return binding.Name.GetLocation();
                case SimpleNameSyntax name:
                    return name.GetLocation();
            }
        }

        return invocation.Syntax.GetLocation();
    }
}
