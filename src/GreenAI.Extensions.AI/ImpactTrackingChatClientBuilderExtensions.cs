using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary><c>builder.UseImpactTracking()</c>.</summary>
public static class ImpactTrackingChatClientBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="ImpactTrackingChatClient"/>: each response gets its measured impact. Put it after
    /// <c>UseOpenTelemetry()</c> (closer to the provider) so that the GenAI activity gets the impact as tags too.
    /// </summary>
    /// <remarks>An electricity zone or provider the method does not know is refused (ArgumentException) when the
    /// pipeline is built, rather than estimated with another zone's figures for the life of the service.</remarks>
    public static ChatClientBuilder UseImpactTracking(this ChatClientBuilder builder, Action<ImpactTrackingOptions>? configure = null)
    {
        var options = ImpactTrackingBuilder.Options(builder, configure);
        return builder.Use((inner, services) => new ImpactTrackingChatClient(inner, options, ImpactTrackingBuilder.MeterFactory(services)));
    }
}
