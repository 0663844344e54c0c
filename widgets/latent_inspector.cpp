#include "latent_inspector.h"

#include "latent_document.h"

#include <imgui.h>

#include <algorithm>
#include <numeric>

namespace dddg {

std::vector<int> LatentInspector::dimsByScale(const std::vector<float>& scales, int t, int dz)
{
    std::vector<int> order(size_t(std::max(0, dz)));
    std::iota(order.begin(), order.end(), 0);
    if (scales.size() < size_t(t + 1) * size_t(dz)) return order;
    const float* row = scales.data() + size_t(t) * size_t(dz);
    std::stable_sort(order.begin(), order.end(), [row](int a, int b) { return row[a] > row[b]; });
    return order;
}

void LatentInspector::draw(const InspectorSnapshot& s, InspectorArgs& args)
{
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("Latent inspector", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    args.edit.clear();
    args.mergeKey = -1;
    args.dragging = false;
    if (!s.code.isValid() || s.tMax <= 0) {
        ImGui::TextDisabled("No latent code yet: invert an image, pin a slot or open a code.");
        drawTimings(s);
        ImGui::End();
        return;
    }
    args.code = s.code;
    args.step = std::clamp(args.step, 0, s.tMax - 1);
    drawHeader(s, args);
    auto order = dimsByScale(s.scales, args.step, s.dz);
    drawProfile(s, order, args.step);
    drawSliders(s, args, order);
    drawStepActions(s, args);
    drawTimings(s);
    ImGui::End();
}

void LatentInspector::drawHeader(const InspectorSnapshot& s, InspectorArgs& args)
{
    ImGui::TextUnformatted("Step");
    for (int t = 0; t < s.tMax; ++t) {
        ImGui::SameLine();
        char label[32];
        std::snprintf(label, sizeof label, "z_%d", t);
        if (ImGui::RadioButton(label, args.step == t)) args.step = t;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("z_%d drives the generator step x'_%d -> x'_%d", t, t, t + 1);
    }
    ImGui::SameLine(0, 24);
    ImGui::SetNextItemWidth(120);
    ImGui::SliderInt("dims shown", &args.shownDims, 4, std::min(32, s.dz));
}

void LatentInspector::drawProfile(const InspectorSnapshot& s, const std::vector<int>& order, int t)
{
    std::vector<float> sorted;
    double sumSq = 0;
    for (int i : order) {
        float v = s.scales.size() > size_t(t * s.dz + i) ? s.scales[size_t(t * s.dz + i)] : 1.0f;
        sorted.push_back(v);
        sumSq += double(v) * v;
    }
    char overlay[96];
    std::snprintf(overlay, sizeof overlay, "s_%d sorted (sum of s^2 = %.2f = d_z)", t, sumSq);
    float top = sorted.empty() ? 1.0f : std::max(1.0f, sorted.front() * 1.05f);
    ImGui::PlotHistogram("##profile", sorted.data(), int(sorted.size()), 0, overlay, 0.0f, top,
                         ImVec2(ImGui::GetContentRegionAvail().x, 64));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("DLSGAN latent scale: large s_t = a dimension the generator uses at step %d", t);
}

void LatentInspector::drawSliders(const InspectorSnapshot& s, InspectorArgs& args, const std::vector<int>& order)
{
    const int t = args.step, shown = std::min<int>(args.shownDims, int(order.size()));
    if (!ImGui::BeginTable("dims", 2, ImGuiTableFlags_SizingStretchSame)) return;
    for (int k = 0; k < shown; ++k) {
        const int dim = order[size_t(k)];
        ImGui::TableNextColumn();
        ImGui::PushID(dim);
        float value = args.code.at(t, dim);
        const float base = s.base.isValid() && s.base.sameShape(s.code) ? s.base.at(t, dim) : value;
        ImGui::BeginDisabled(value == base);
        if (ImGui::SmallButton("R")) {
            args.code.at(t, dim) = base;
            args.edit = "reset z";
        }
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("reset to %.3f", double(base));
        ImGui::SameLine();
        char label[48];
        std::snprintf(label, sizeof label, "z[%d] s=%.2f", dim, double(s.scales.empty() ? 1.0f : s.scales[size_t(t * s.dz + dim)]));
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
        if (ImGui::SliderFloat(label, &value, -3.0f, 3.0f, "%.2f")) {
            args.code.at(t, dim) = value;
            args.edit = "drag z";
            args.mergeKey = LatentDocument::sliderKey(t, dim);
        }
        if (ImGui::IsItemActive()) args.dragging = true;
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void LatentInspector::drawStepActions(const InspectorSnapshot& s, InspectorArgs& args)
{
    const int t = args.step;
    if (ImGui::Button("Randomize z_t")) {
        std::normal_distribution<float> normal;
        for (int i = 0; i < s.dz; ++i) args.code.at(t, i) = normal(m_rng);
        args.edit = "randomize step";
    }
    ImGui::SameLine();
    if (ImGui::Button("Zero z_t")) {
        for (int i = 0; i < s.dz; ++i) args.code.at(t, i) = 0.0f;
        args.edit = "zero step";
    }
    ImGui::SameLine();
    bool rowDiffers = false;
    if (s.base.isValid() && s.base.sameShape(s.code))
        for (int i = 0; i < s.dz; ++i) rowDiffers = rowDiffers || s.base.at(t, i) != s.code.at(t, i);
    ImGui::BeginDisabled(!rowDiffers);
    if (ImGui::Button("Reset z_t")) {
        for (int i = 0; i < s.dz; ++i) args.code.at(t, i) = s.base.at(t, i);
        args.edit = "reset step";
    }
    ImGui::EndDisabled();
}

void LatentInspector::drawTimings(const InspectorSnapshot& s)
{
    ImGui::Separator();
    ImGui::TextDisabled("ImGui frame %.2f ms | engine %.1f ms | slider to frame %.1f ms", s.frameMs, s.engineMs, s.latencyMs);
}

} // namespace dddg
