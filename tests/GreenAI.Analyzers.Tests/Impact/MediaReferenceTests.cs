using System.Globalization;
using GreenAI.Impact;
using GreenAI.Analyzers.Tests.Infrastructure;

namespace GreenAI.Analyzers.Tests.Impact;

/// <summary>The reference constants of the image and video proxies, recomputed from the measured data they cite.</summary>
public class MediaReferenceTests
{
    [Theory]
    [InlineData("WAN2.1-T2V-1.3B", VideoEnergy.ReferenceLowWh)]
    [InlineData("WAN2.1-T2V-14B", VideoEnergy.ReferenceHighWh)]
    public void Video_reference_is_the_mean_device_energy_of_the_measured_runs(string model, double constantWh)
    {
        var runs = File.ReadLines(TestData.PathOf("media-energy", "wan21-t2v-runs.csv"))
            .Where(line => !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells[0] == model)
            .ToList();
        Assert.NotEmpty(runs);
        double meanWh = runs.Average(cells => (Kwh(cells[1]) + Kwh(cells[2]) + Kwh(cells[3])) * 1000);
        Assert.Equal(meanWh, constantWh, 2);
        Assert.All(runs, cells => Assert.Equal(VideoEnergy.ReferenceFrames, double.Parse(cells[4], CultureInfo.InvariantCulture)));
        Assert.All(runs, cells => Assert.Equal(VideoEnergy.ReferenceFramesPerSecond, double.Parse(cells[5], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Image_high_reference_is_SDXL_GPU_energy_times_1_3()
    {
        var sdxl = File.ReadLines(TestData.PathOf("media-energy", "aienergyscore-v1-image_generation.csv"))
            .Select(line => line.Split(','))
            .Single(cells => cells[0] == "stabilityai/stable-diffusion-xl-base-1.0");
        Assert.Equal(ImageEnergy.ReferenceHighWh, double.Parse(sdxl[1], CultureInfo.InvariantCulture) * 1.3, 2);
    }

    [Fact]
    public void Video_energy_scales_with_duration_and_pixels_to_the_power_one_and_a_half()
    {
        var reference = VideoEnergy.DeviceWh(VideoEnergy.ReferenceFrames / VideoEnergy.ReferenceFramesPerSecond, 1280, 720, 1);
        Assert.Equal(VideoEnergy.ReferenceLowWh, reference.Min, 9);
        Assert.Equal(VideoEnergy.ReferenceHighWh, reference.Max, 9);
        var longer = VideoEnergy.DeviceWh(2 * VideoEnergy.ReferenceFrames / VideoEnergy.ReferenceFramesPerSecond, 1280, 720, 1);
        Assert.Equal(Math.Pow(2, 1.5), longer.Min / reference.Min, 9);
        var larger = VideoEnergy.DeviceWh(VideoEnergy.ReferenceFrames / VideoEnergy.ReferenceFramesPerSecond, 2560, 1440, 3);
        Assert.Equal(3 * Math.Pow(4, 1.5), larger.Max / reference.Max, 9);
    }

    private static double Kwh(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);
}
