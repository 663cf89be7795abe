using System.Collections.Immutable;
using System.Text;
using System.Threading;
using GreenAI.Analyzers.AppSettingsFiles;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.ModelIds;

/// <summary>
/// Reads a model id written in code as constants, wherever a reader of the code could: literals, consts, locals
/// assigned once, readonly fields and get-only properties initialised with a constant, parameter defaults, ternaries,
/// interpolations and concatenations of constants, Anthropic's, Betalgo's and the community OpenAI package's model
/// members, and configuration keys
/// found in appsettings*.json AdditionalFiles. Anything else is "not constant": the rules then stay silent.
/// </summary>
internal sealed class ModelIdReader
{
    private const int MaxDepth = 8;

    private readonly SdkSymbols _sdk;
    private readonly AppSettings _appSettings;
    private readonly System.Lazy<OptionsBindings>? _bindings;

    /// <param name="bindings">The project's options classes bound to configuration sections, read on first need; null without settings files.</param>
    public ModelIdReader(SdkSymbols sdk, AppSettings appSettings, System.Lazy<OptionsBindings>? bindings = null)
    {
        _sdk = sdk;
        _appSettings = appSettings;
        _bindings = appSettings.IsEmpty ? null : bindings;
    }

    public ModelIdValue Read(IOperation value, CancellationToken cancellationToken) => Read(value, cancellationToken, 0);

    private ModelIdValue Read(IOperation value, CancellationToken cancellationToken, int depth)
    {
        if (depth > MaxDepth)
        {
            return ModelIdValue.NotConstant;
        }

        var origin = ValueOrigin.Follow(value, cancellationToken);
        switch (origin)
        {
            case IFieldReferenceOperation { Field: { HasConstantValue: true } member } when IsAnthropicModel(member.ContainingType):
                // Enum members have a constant (int) value too: recognise them before plain constants.
                return ModelIdValue.Constant(AnthropicModelNames.ToWireName(member.Name), origin);
            case IFieldReferenceOperation { Field: { HasConstantValue: true } member } when IsBetalgoModels(member.ContainingType.ContainingType):
                return Named(BetalgoModelNames.Find(member.Name, enumMember: true), origin);
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } when IsBetalgoModels(property.ContainingType):
                return Named(BetalgoModelNames.Find(property.Name, enumMember: false), origin);
            case IPropertyReferenceOperation { Property: { IsStatic: true, SetMethod: null } property } when _sdk.IsCommunityOpenAIModel(property.ContainingType):
                return Named(CommunityOpenAIModelNames.Find(property.Name), origin);
            case IObjectCreationOperation { Arguments.Length: 1 } creation when _sdk.IsCommunityOpenAIModel(creation.Type):
                return Read(creation.Arguments[0].Value, cancellationToken, depth + 1); // new Model("gpt-4o")
        }

        if (origin.ConstantValue.HasValue)
        {
            return origin.ConstantValue.Value is string { Length: > 0 } id ? ModelIdValue.Constant(id, origin) : ModelIdValue.Absent;
        }

        switch (origin)
        {
            case IConditionalOperation { IsRef: false, WhenFalse: { } whenFalse } conditional:
                return ModelIdValue.Either(Read(conditional.WhenTrue, cancellationToken, depth + 1), Read(whenFalse, cancellationToken, depth + 1));
            case ISwitchExpressionOperation { Arms.Length: > 0 } switchExpression:
                // model: sender switch { Vip => "gpt-4-1106-preview", _ => "gpt-3.5-turbo" }: each arm, as for a ternary.
                var arms = Read(switchExpression.Arms[0].Value, cancellationToken, depth + 1);
                for (var i = 1; i < switchExpression.Arms.Length; i++)
                {
                    arms = ModelIdValue.Either(arms, Read(switchExpression.Arms[i].Value, cancellationToken, depth + 1));
                }

                return arms;
            case ICoalesceOperation coalesce:
                // config["Model"] ?? "gpt-4o": the fallback is a model the code chooses.
                return ModelIdValue.Either(Read(coalesce.Value, cancellationToken, depth + 1), Read(coalesce.WhenNull, cancellationToken, depth + 1));
            case IInterpolatedStringOperation interpolation:
                return Interpolated(interpolation, cancellationToken, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                return Concatenated(concatenation, cancellationToken, depth);
            case IParameterReferenceOperation parameter:
                return ParameterDefault(parameter);
            case IPropertyReferenceOperation property:
                return Property(property, cancellationToken, depth);
            case IInvocationOperation invocation:
                return ConfigurationGetValue(invocation, cancellationToken);
            case IDefaultValueOperation:
                return ModelIdValue.Absent;
            default:
                return ModelIdValue.NotConstant;
        }
    }

    private static ModelIdValue Named(string? id, IOperation origin) => id == null ? ModelIdValue.NotConstant : ModelIdValue.Constant(id, origin);

    private ModelIdValue Interpolated(IInterpolatedStringOperation interpolation, CancellationToken cancellationToken, int depth)
    {
        var builder = new StringBuilder();
        foreach (var part in interpolation.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text when text.Text.ConstantValue.Value is string s:
                    builder.Append(s);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole when Single(Read(hole.Expression, cancellationToken, depth + 1), hole.Expression, out var s):
                    builder.Append(s);
                    break;
                default:
                    return ModelIdValue.NotConstant;
            }
        }

        return builder.Length == 0 ? ModelIdValue.NotConstant : ModelIdValue.Constant(builder.ToString(), interpolation);
    }

    private ModelIdValue Concatenated(IBinaryOperation concatenation, CancellationToken cancellationToken, int depth)
    {
        if (Single(Read(concatenation.LeftOperand, cancellationToken, depth + 1), concatenation.LeftOperand, out var left)
            && Single(Read(concatenation.RightOperand, cancellationToken, depth + 1), concatenation.RightOperand, out var right))
        {
            return ModelIdValue.Constant(left + right, concatenation);
        }

        return ModelIdValue.NotConstant;
    }

    /// <summary>One constant, or a number written in an interpolation ("gpt-{Version}").</summary>
    private static bool Single(ModelIdValue value, IOperation operation, out string text)
    {
        text = string.Empty;
        if (value.Kind == ModelIdValueKind.Constant && value.Candidates.Length == 1)
        {
            text = value.Candidates[0].Id;
            return true;
        }

        var constant = ValueOrigin.Follow(operation, CancellationToken.None).ConstantValue;
        if (constant.HasValue && constant.Value is int or long or double or float or decimal)
        {
            text = System.Convert.ToString(constant.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            return text.Length > 0;
        }

        return false;
    }

    /// <summary>A parameter never written in its method, read where its default is the value (callers may pass others).</summary>
    private static ModelIdValue ParameterDefault(IParameterReferenceOperation reference)
    {
        var parameter = reference.Parameter;
        if (!parameter.HasExplicitDefaultValue || parameter.RefKind != RefKind.None || IsWritten(reference, parameter))
        {
            return ModelIdValue.NotConstant;
        }

        return parameter.ExplicitDefaultValue is string { Length: > 0 } id ? ModelIdValue.Constant(id, reference) : ModelIdValue.NotConstant;
    }

    private ModelIdValue Property(IPropertyReferenceOperation reference, CancellationToken cancellationToken, int depth)
    {
        if (ConfigurationKeys.KeyOf(reference, _sdk, cancellationToken) is { } key)
        {
            return FromConfiguration(key, reference);
        }

        if (_bindings != null && _bindings.Value.KeysOf(reference) is { IsEmpty: false } boundKeys)
        {
            // A bound options class: the settings files' value wins over the property's default, as at run time.
            var bound = FromConfiguration(boundKeys[0], reference);
            for (var i = 1; i < boundKeys.Length; i++)
            {
                bound = ModelIdValue.Either(bound, FromConfiguration(boundKeys[i], reference));
            }

            if (bound.Kind == ModelIdValueKind.Constant)
            {
                return bound;
            }
        }

        var initializer = SingleAssignment.OfGetOnlyProperty(reference, cancellationToken);
        return initializer == null ? ModelIdValue.NotConstant : Read(initializer, cancellationToken, depth + 1);
    }

    /// <summary>
    /// What the settings files give a configuration read (<c>config["Replicate:BaseUrl"]</c>) or a bound options
    /// property (<c>options.BaseUrl</c>); empty when they give nothing. Not a model: nothing is marked as read.
    /// </summary>
    public ImmutableArray<string> SettingValues(IOperation origin, CancellationToken cancellationToken)
    {
        var key = origin switch
        {
            IPropertyReferenceOperation property => ConfigurationKeys.KeyOf(property, _sdk, cancellationToken),
            IInvocationOperation invocation => ConfigurationKeys.KeyOf(invocation, _sdk, cancellationToken),
            _ => null,
        };
        if (key != null)
        {
            return _appSettings.ValuesOf(key);
        }

        if (_bindings == null || origin is not IPropertyReferenceOperation bound)
        {
            return ImmutableArray<string>.Empty;
        }

        foreach (var boundKey in _bindings.Value.KeysOf(bound))
        {
            if (_appSettings.ValuesOf(boundKey) is { IsEmpty: false } values)
            {
                return values;
            }
        }

        return ImmutableArray<string>.Empty;
    }

    private ModelIdValue ConfigurationGetValue(IInvocationOperation invocation, CancellationToken cancellationToken) =>
        ConfigurationKeys.KeyOf(invocation, _sdk, cancellationToken) is { } key ? FromConfiguration(key, invocation) : ModelIdValue.NotConstant;

    private ModelIdValue FromConfiguration(string key, IOperation operation)
    {
        var values = _appSettings.ValuesOf(key);
        if (values.IsEmpty)
        {
            return ModelIdValue.NotConstant;
        }

        _appSettings.MarkReadAsModel(key); // reported here, not again at the settings file

        var candidates = ImmutableArray.CreateBuilder<ModelIdCandidate>(values.Length);
        foreach (var value in values)
        {
            if (value.Length > 0)
            {
                candidates.Add(new ModelIdCandidate(value, operation));
            }
        }

        return ModelIdValue.Constant(candidates.ToImmutable());
    }

    private bool IsAnthropicModel(INamedTypeSymbol? type) =>
        type != null && _sdk.IsAnthropicModelEnum(type);

    private bool IsBetalgoModels(INamedTypeSymbol? type) =>
        type != null && _sdk.IsBetalgoModels(type);

    private static bool IsWritten(IOperation reference, IParameterSymbol parameter)
    {
        foreach (var operation in OperationWalk.Descendants(OperationSymbols.RootOf(reference)))
        {
            if (operation is IAssignmentOperation { Target: IParameterReferenceOperation target } && SymbolEqualityComparer.Default.Equals(target.Parameter, parameter))
            {
                return true;
            }
        }

        return false;
    }
}
