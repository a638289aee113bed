package org.gongkai.core.model;

import java.util.List;

/** 第一部分 概况: 本部门职责 (duties) and 机构设置情况 (organization). */
public record Overview(List<TextBlock> duties, List<TextBlock> organization) {
}
