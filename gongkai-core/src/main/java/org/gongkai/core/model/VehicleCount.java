package org.gongkai.core.model;

/** A count of 公务用车 of one category (领导用车, 执法执勤用车, …). */
public record VehicleCount(String category, int count) {
}
