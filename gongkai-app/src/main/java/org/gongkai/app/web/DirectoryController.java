package org.gongkai.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.store.Caller;
import org.gongkai.app.store.Department;
import org.gongkai.app.store.DepartmentKind;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.NewUser;
import org.gongkai.app.store.Region;
import org.gongkai.app.store.Role;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.web.Views.DepartmentView;
import org.gongkai.app.web.Views.RegionView;
import org.gongkai.app.web.Views.UserView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory: users (admin only), regions (行政区划) and departments (部门/单位), each named by its
 * code. Regions and departments are public to read; writing them is the admin's.
 */
@RestController
@Tag(name = "directory", description = "用户、行政区划、部门（管理员）")
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    @PostMapping("/api/users")
    @Operation(summary = "新建用户（管理员）：editor 须有 department，reviewer 须有 region")
    ResponseEntity<UserView> createUser(@RequestBody(required = false) Views.UserRequest body) {
        if (body == null) {
            throw new StoreException.Invalid("请求体应为 {\"username\", \"password\", \"role\", \"department\" 或 \"region\"}");
        }
        Caller caller = Callers.current();
        if (!caller.is(Role.ADMIN)) {
            throw new StoreException.Forbidden("只有管理员（admin）可以管理用户");
        }
        Role role = body.role() == null ? null : Role.of(body.role());
        var user = directory.createUser(caller, new NewUser(body.username(), body.password(), role, body.department(), body.region()));
        return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(user));
    }

    @GetMapping("/api/users")
    @Operation(summary = "用户列表（管理员）；format=csv 为 CSV")
    ResponseEntity<?> users(@RequestParam(required = false) String format) {
        boolean csv = Csv.wanted(format);
        if (!Callers.current().is(Role.ADMIN)) {
            throw new StoreException.Forbidden("只有管理员（admin）可以查看用户");
        }
        List<UserView> list = directory.users().stream().map(UserView::of).toList();
        return csv ? Csv.answer("users", UserView.CSV, list.stream().<List<?>>map(UserView::row).toList()) : ResponseEntity.ok(list);
    }

    @PostMapping("/api/regions")
    @Operation(summary = "新建行政区划（管理员）：{\"code\", \"name\", \"parent\"}，无 parent 为顶级")
    ResponseEntity<RegionView> createRegion(@RequestBody(required = false) Views.RegionRequest body) {
        if (body == null) {
            throw new StoreException.Invalid("请求体应为 {\"code\", \"name\", \"parent\"}");
        }
        Region r = directory.createRegion(Callers.current(), new Region(body.code(), body.name(), body.parent()));
        return ResponseEntity.status(HttpStatus.CREATED).body(RegionView.of(r));
    }

    @GetMapping("/api/regions")
    @Operation(summary = "行政区划列表；format=csv 为 CSV")
    ResponseEntity<?> regions(@RequestParam(required = false) String format) {
        boolean csv = Csv.wanted(format);
        List<RegionView> list = directory.regions().stream().map(RegionView::of).toList();
        return csv ? Csv.answer("regions", List.of("code", "name", "parent"),
                list.stream().<List<?>>map(r -> Arrays.asList(r.code(), r.name(), r.parent())).toList()) : ResponseEntity.ok(list);
    }

    @PostMapping("/api/departments")
    @Operation(summary = "新建部门或单位（管理员）：{\"code\", \"name\", \"kind\": department|unit, \"region\", \"parent\"}")
    ResponseEntity<DepartmentView> createDepartment(@RequestBody(required = false) Views.DepartmentRequest body) {
        if (body == null) {
            throw new StoreException.Invalid("请求体应为 {\"code\", \"name\", \"kind\", \"region\"}");
        }
        Caller caller = Callers.current();
        if (!caller.is(Role.ADMIN)) {
            throw new StoreException.Forbidden("只有管理员（admin）可以管理部门");
        }
        DepartmentKind kind = body.kind() == null ? null : DepartmentKind.of(body.kind());
        Department d = directory.createDepartment(caller, new Department(body.code(), body.name(), kind, body.parent(), body.region()));
        return ResponseEntity.status(HttpStatus.CREATED).body(DepartmentView.of(d));
    }

    @GetMapping("/api/departments")
    @Operation(summary = "部门列表（可按 region 筛选）；format=csv 为 CSV")
    ResponseEntity<?> departments(@RequestParam(required = false) String region, @RequestParam(required = false) String format) {
        boolean csv = Csv.wanted(format);
        List<DepartmentView> list = directory.departments(region == null || region.isBlank() ? null : region.trim()).stream()
                .map(DepartmentView::of).toList();
        return csv ? Csv.answer("departments", List.of("code", "name", "kind", "parent", "region"),
                list.stream().<List<?>>map(d -> Arrays.asList(d.code(), d.name(), d.kind(), d.parent(), d.region())).toList())
                : ResponseEntity.ok(list);
    }
}
