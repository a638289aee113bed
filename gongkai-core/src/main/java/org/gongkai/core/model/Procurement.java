package org.gongkai.core.model;

/**
 * 政府采购预算: total and its parts (货物 goods, 工程 works, 服务 services). Null = not stated.
 */
public record Procurement(Amount total, Amount goods, Amount works, Amount services, int line) {
}
