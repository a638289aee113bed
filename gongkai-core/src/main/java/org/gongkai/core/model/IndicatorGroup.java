package org.gongkai.core.model;

/** A printed (一级, 二级) pair, including groups printed without any 三级 indicator. */
public record IndicatorGroup(String level1, String level2) {
}
