package org.gongkai.app.store;

/**
 * A 部门 or 单位.
 *
 * @param code   its code (e.g. the 单位代码 "901")
 * @param kind   部门 or 单位
 * @param parent the code of the parent department (a 单位's 部门); null when none
 * @param region the code of its 行政区划
 */
public record Department(String code, String name, DepartmentKind kind, String parent, String region) {
}
