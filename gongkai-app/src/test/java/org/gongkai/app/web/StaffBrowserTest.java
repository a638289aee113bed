package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The staff's side in a real browser (Chromium, no shortcuts through the API): an editor logs in,
 * uploads the reference with its 批复 date, reads the findings, fills the reason the reference
 * lacks, saves (checked again), is refused the submit while errors have no reason, gives them and
 * submits; the reviewer opens the bureau's dashboard, approves and publishes from the disclosure's
 * page; the public then reads the reason on the portal. axe-core on every staff page at both
 * widths; the login form and the upload driven from the keyboard.
 */
class StaffBrowserTest extends BrowserContract {

    /** The reason the reference's 五、一般公共预算支出情况说明 does not give. */
    private static final String REASON = "PPP综合管廊缺口补助等项目支出增加";

    @Override
    void data() {
        // nothing before: the editor uploads in the browser
    }

    @Test
    void anEditorUploadsFillsTheReasonAndSubmitsAndTheReviewerPublishes() throws Exception {
        List<String> problems = new ArrayList<>();
        LocalDate approval = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);

        login("ed");
        assertThat(path()).isEqualTo("/staff");
        look("staff-home", problems);
        // the upload from the keyboard: Tab reaches the file field, the date and the button
        Path file = Path.of(System.getProperty("gongkai.repoRoot", "..")).resolve("samples/shanxi-zonggai-jianguanbu-2026.txt")
                .toAbsolutePath();
        find("#up-file").sendKeys(file.toString());
        js("document.getElementById('up-date').value = arguments[0]", approval.toString());
        find("#up-date").sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        settle();
        assertThat(path()).matches("/staff/disclosures/\\d+\\?done=uploaded");
        String page = path().substring(0, path().indexOf('?'));
        String text = find("main").getText();
        assertThat(text).contains("已上传并核对").contains("第1版").contains("草稿")
                .contains("批复日期\n" + approval + "（公开期限 " + approval.plusDays(20) + "）");
        // the findings by part: the 五、 part says what is missing
        WebElement part5 = driver.findElement(By.xpath("//section[@class='part'][h3[starts-with(normalize-space(.), '五、一般公共预算支出情况说明')]]"));
        assertThat(part5.getText()).contains("未说明增减原因");
        look("staff-disclosure", problems);

        // the reason, saved: version 2, checked again, the warning gone
        WebElement reason = find("#w-generalBudgetChangeReason");
        assertThat(reason.getAttribute("value")).isEmpty();
        reason.sendKeys(REASON);
        find("form.words button[type=submit]").click();
        settle();
        assertThat(path()).isEqualTo(page + "?done=words");
        assertThat(find("main").getText()).contains("文字说明已保存").contains("第2版");
        assertThat(find("#w-generalBudgetChangeReason").getAttribute("value")).isEqualTo(REASON);
        assertThat(driver.findElements(By.xpath("//section[@class='part'][h3[starts-with(normalize-space(.), '五、一般公共预算支出情况说明')]]"))
                .stream().map(WebElement::getText).toList()).noneMatch(t -> t.contains("未说明增减原因"));

        // submit without a reason for each error: refused, the page says so
        submitButton().click();
        settle();
        assertThat(find("[role=alert]").getText()).contains("未完成：尚有").contains("项错误未确认");
        List<WebElement> acks = driver.findElements(By.cssSelector("ol.acks textarea"));
        assertThat(acks).hasSizeGreaterThan(5);
        for (WebElement a : acks) {
            a.sendKeys("已与批复文件核对，原表如此");
        }
        submitButton().click();
        settle();
        assertThat(find("main").getText()).contains("已提交审核").contains("不改正的理由（ed）：已与批复文件核对");
        logout();

        // the reviewer: the dashboard, then the disclosure's page
        login("rv");
        open("/staff/regions/140100?year=2026");
        String dash = find("main").getText();
        assertThat(dash).contains("山西转型综合改革示范区建设与公用事业管理部").contains("已提交");
        look("staff-dashboard", problems);
        link("山西转型综合改革示范区建设与公用事业管理部").click();
        settle();
        assertThat(path()).isEqualTo(page);
        look("staff-review", problems);
        driver.findElement(By.xpath("//button[normalize-space(.)='审核通过']")).click();
        settle();
        assertThat(find("main").getText()).contains("已审核通过");
        driver.findElement(By.xpath("//button[normalize-space(.)='公开']")).click();
        settle();
        assertThat(find("main").getText()).contains("已公开：公众现在可以查阅这一版本");
        open("/staff/regions/140100?year=2026");
        assertThat(find("table.dashboard").getText()).contains("已公开").contains(approval.toString());
        logout();

        // the public reads version 2 with the department's reason
        open("/140171/608/2026/预算/部门");
        assertThat(find("main").getText()).contains(REASON);

        assertThat(problems).as("axe-core: serious or critical violations").isEmpty();
    }

    private WebElement submitButton() {
        return driver.findElement(By.xpath("//section[h2[@id='submit-h']]//button[@type='submit']"));
    }

    /** Logs in through the form, from the keyboard: the user name, Tab, the password, Enter. */
    private void login(String user) {
        open("/login");
        WebElement name = find("main input[name=username]");
        name.sendKeys(user);
        name.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(PASSWORD, Keys.ENTER);
        settle();
    }

    private void logout() {
        open("/staff");
        driver.findElement(By.xpath("//button[normalize-space(.)='退出登录']")).click();
        settle();
        driver.manage().deleteAllCookies();
    }

    /** axe-core at both widths and a screenshot at each; back to the wide window. */
    private void look(String name, List<String> problems) throws Exception {
        for (int w : new int[] {NARROW, WIDE}) {
            width(w);
            settle();
            problems.addAll(axe());
            assertThat(pageScrollsSideways()).as(name + " at " + w + " px scrolls sideways").isFalse();
            screenshot(name);
        }
    }
}
