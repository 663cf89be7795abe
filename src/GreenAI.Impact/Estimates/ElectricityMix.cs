namespace GreenAI.Impact;

/// <summary>One row of EcoLogits' electricity_mixes.csv: impact factors per kWh for a zone.</summary>
public sealed class ElectricityMix
{
    public ElectricityMix(string zone, double adpeKgSbPerKWh, double peMJPerKWh, double gwpKgPerKWh, double offsiteWueLPerKWh)
    {
        Zone = zone;
        AdpeKgSbPerKWh = adpeKgSbPerKWh;
        PeMJPerKWh = peMJPerKWh;
        GwpKgPerKWh = gwpKgPerKWh;
        OffsiteWueLPerKWh = offsiteWueLPerKWh;
    }

    /// <summary>ISO 3166 alpha-3 code, or WOR for the world average.</summary>
    public string Zone { get; }

    public double AdpeKgSbPerKWh { get; }

    public double PeMJPerKWh { get; }

    public double GwpKgPerKWh { get; }

    /// <summary>Water consumed off-site by electricity generation, L/kWh.</summary>
    public double OffsiteWueLPerKWh { get; }

    /// <summary>
    /// Usage water as the EcoLogits code computes it (not its docs): the facility energy, PUE included, × (on-site WUE +
    /// PUE × this mix's off-site water). kWh give litres; Wh give millilitres.
    /// </summary>
    public double UsageWater(double facilityEnergy, double pue, double onsiteWue) => facilityEnergy * (onsiteWue + pue * OffsiteWueLPerKWh);
}
