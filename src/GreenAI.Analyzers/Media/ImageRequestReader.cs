using System.Threading;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Reads an image-generation call: OpenAI <c>ImageClient</c> (model from the client, size and quality from the options
/// or the protocol body, count from <c>imageCount</c>), Microsoft.Extensions.AI <c>IImageGenerator</c>
/// (<c>ImageGenerationOptions</c>), Semantic Kernel <c>GenerateImageAsync(description, width, height)</c>, Betalgo
/// <c>CreateImage(new CreateImageRequest { … })</c>.
/// </summary>
internal sealed class ImageRequestReader
{
    private const int MaxClientHops = 4;

    private readonly ModelIdReader _ids;

    public ImageRequestReader(ModelIdReader ids) => _ids = ids;

    public ImageRequest Read(IInvocationOperation invocation, ModelCallDefinition definition, CancellationToken cancellationToken)
    {
        switch (definition.Sdk)
        {
            case SdkFamily.OpenAI:
                var body = Argument(invocation, "content");
                var fields = body != null ? RequestBodyReader.Read(body, cancellationToken) : ObjectFields(Argument(invocation, "options"), cancellationToken);
                var model = fields["model"] ?? ClientModel(invocation.Instance, cancellationToken, 0);
                var count = body != null ? fields["n"] : Constant(Argument(invocation, "imageCount"), cancellationToken);
                return new ImageRequest(definition.Provider, model, fields["size"], fields["quality"], count);
            case SdkFamily.ExtensionsAI:
                var options = ObjectFields(Argument(invocation, "options"), cancellationToken);
                return new ImageRequest(definition.Provider, options["ModelId"], options["ImageSize"], null, options["Count"]);
            case SdkFamily.SemanticKernel:
                var width = Constant(Argument(invocation, "width"), cancellationToken);
                var height = Constant(Argument(invocation, "height"), cancellationToken);
                var settings = ObjectFields(Argument(invocation, "executionSettings"), cancellationToken);
                var size = width?.Number is { } w && height?.Number is { } h ? new RequestValue(Dimensions(w, h), null) : settings["Size"];
                return new ImageRequest(definition.Provider, settings["ModelId"], size, settings["Quality"], null);
            case SdkFamily.GoogleGenAI:
                var config = ObjectFields(Argument(invocation, "config"), cancellationToken);
                return new ImageRequest(definition.Provider, Constant(Argument(invocation, "model"), cancellationToken), null, null, config["NumberOfImages"]);
            case SdkFamily.Betalgo:
                var request = invocation.Arguments.Length > 0 ? ObjectFields(invocation.Arguments[0].Value, cancellationToken) : RequestFields.None;
                return new ImageRequest(definition.Provider, request["Model"], request["Size"], request["Quality"], request["N"]);
            default:
                return new ImageRequest(definition.Provider, null, null, null, null);
        }
    }

    /// <summary>The model an ImageClient was made for: <c>GetImageClient("dall-e-3")</c>, <c>new ImageClient("gpt-image-1", key)</c>.</summary>
    private RequestValue? ClientModel(IOperation? receiver, CancellationToken cancellationToken, int hops)
    {
        if (receiver == null || hops > MaxClientHops)
        {
            return null;
        }

        var (method, arguments) = ValueOrigin.Follow(receiver, cancellationToken) switch
        {
            IInvocationOperation { TargetMethod.Name: "GetImageClient" } call => (call.TargetMethod, call.Arguments),
            IObjectCreationOperation { Type.Name: "ImageClient", Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, default),
        };
        if (method == null || method.ContainingAssembly?.Name is not ("OpenAI" or "Azure.AI.OpenAI"))
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name is "model" or "deploymentName" && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                var id = _ids.Read(argument.Value, cancellationToken);
                if (id.Kind != ModelIdValueKind.Constant || id.Candidates.Length != 1)
                {
                    return null;
                }

                // The literal itself, when written at the factory call, can be rewritten by a fix.
                var written = OperationSymbols.Unwrap(argument.Value);
                return new RequestValue(id.Candidates[0].Id, written.ConstantValue.HasValue && written is ILiteralOperation ? written : null);
            }
        }

        return null;
    }

    private static RequestFields ObjectFields(IOperation? value, CancellationToken cancellationToken) =>
        value != null && ValueOrigin.Follow(value, cancellationToken) is IObjectCreationOperation creation
            ? RequestFields.FromObjectInitializer(creation, cancellationToken)
            : RequestFields.None;

    private static RequestValue? Constant(IOperation? value, CancellationToken cancellationToken)
    {
        if (value == null)
        {
            return null;
        }

        var origin = ValueOrigin.Follow(value, cancellationToken);
        return origin.ConstantValue.HasValue ? new RequestValue(origin.ConstantValue.Value, null) : null;
    }

    private static string Dimensions(double width, double height) =>
        ((int)width).ToString(System.Globalization.CultureInfo.InvariantCulture) + "x" + ((int)height).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IOperation? Argument(IInvocationOperation invocation, string name) => OperationSymbols.ArgumentNamed(invocation.Arguments, name);
}
