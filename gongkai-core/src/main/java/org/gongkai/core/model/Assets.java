package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;

/**
 * 国有资产占有使用情况.
 *
 * @param asOf                  the "截至…" date as printed, e.g. "2026年2月5日"
 * @param vehicleQuota          公务用车编制 (辆)
 * @param vehiclesActual        公务用车实有 (辆)
 * @param vehicles              实有 by category
 * @param officeAreaSquareMetres 办公用房建筑总面积 (平方米)
 * @param equipment             通用设备 counts by value threshold
 * @param source                where the section was read
 */
public record Assets(
        String asOf,
        Integer vehicleQuota,
        Integer vehiclesActual,
        List<VehicleCount> vehicles,
        BigDecimal officeAreaSquareMetres,
        List<EquipmentCount> equipment,
        SourceRef source) {

    public Assets {
        source = source == null ? SourceRef.NONE : source;
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }

    public Assets(String asOf, Integer vehicleQuota, Integer vehiclesActual, List<VehicleCount> vehicles,
            BigDecimal officeAreaSquareMetres, List<EquipmentCount> equipment, int line) {
        this(asOf, vehicleQuota, vehiclesActual, vehicles, officeAreaSquareMetres, equipment, SourceRef.line(line));
    }

    /** The source line (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }

    /**
     * Equipment of a value threshold, e.g. "单位价值50万元（原值）以上的通用设备" 0 台（套）.
     *
     * @param threshold the threshold in 万元 (50, 100)
     * @param kind      "通用设备" / "专用设备"
     * @param count     台（套）
     */
    public record EquipmentCount(BigDecimal threshold, String kind, int count) {
    }
}
