<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>billing::ActivationPage</name>
    <message>
        <source>Billing Center account</source>
        <translation>费用中心账户</translation>
    </message>
    <message>
        <source>Alibaba Cloud Market</source>
        <translation>阿里云云市场</translation>
    </message>
    <message>
        <source>AWS Marketplace</source>
        <translation>AWS 云市场</translation>
    </message>
    <message>
        <source>Huawei Cloud KooGallery</source>
        <translation>华为云云商店</translation>
    </message>
    <message>
        <source>Azure Marketplace</source>
        <translation>Azure 云市场</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>开通</translation>
    </message>
    <message>
        <source>Step 3 of 4: your first workspace and how it is paid for.</source>
        <translation>第 3 步（共 4 步）：您的第一个工作空间及其付费方式。</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>开通(&amp;A)</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>工作空间名称</translation>
    </message>
    <message>
        <source>e.g. Production monitoring</source>
        <translation>例如：生产环境监控</translation>
    </message>
    <message>
        <source>Workspace language: Chinese</source>
        <translation>工作空间语言：中文</translation>
    </message>
    <message>
        <source>Workspace language: English</source>
        <translation>工作空间语言：英文</translation>
    </message>
    <message>
        <source>The language cannot be changed after the workspace is created.</source>
        <translation>工作空间创建后不能更改语言。</translation>
    </message>
    <message>
        <source>Create a Billing Center account</source>
        <translation>创建费用中心账户</translation>
    </message>
    <message>
        <source>I agree to the terms of service for this workspace</source>
        <translation>我同意该工作空间的服务条款</translation>
    </message>
    <message>
        <source>Agree to the terms</source>
        <translation>同意条款</translation>
    </message>
    <message>
        <source>&amp;Workspace name:</source>
        <translation>工作空间名称(&amp;W)：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Activation method</source>
        <translation>开通方式</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Also create the %1 Billing Center account, with the same username and password</source>
        <translation>同时创建 %1 费用中心账户，使用相同的用户名和密码</translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation>认领码</translation>
    </message>
    <message>
        <source>How do I subscribe?</source>
        <translation>如何订阅？</translation>
    </message>
    <message>
        <source>&amp;Claim code:</source>
        <translation>认领码(&amp;C)：</translation>
    </message>
    <message>
        <source>Subscribe to %1 in %2 first: its page then shows a claim code. Paste the code here; Activate claims the subscription for your account and settles the workspace through it.</source>
        <translation>请先在%2订阅 %1：其页面随后会显示认领码。将认领码粘贴到此处；点击“开通”会将该订阅认领到您的账户，并通过它结算工作空间。</translation>
    </message>
    <message>
        <source>Claimed: subscription %1.</source>
        <translation>已认领：订阅 %1。</translation>
    </message>
</context>
<context>
    <name>billing::ActivityCache</name>
    <message>
        <source>Cannot write the offline copy of the activity %1: %2</source>
        <translation>无法写入活动记录的离线副本 %1：%2</translation>
    </message>
    <message>
        <source>The offline copy of the activity %1 cannot be read: %2</source>
        <translation>无法读取活动记录的离线副本 %1：%2</translation>
    </message>
    <message>
        <source>the list of events is missing</source>
        <translation>缺少事件列表</translation>
    </message>
    <message>
        <source>a period has no valid start or end</source>
        <translation>某个时间段没有有效的开始或结束时间</translation>
    </message>
    <message>
        <source>an event has an invalid %1</source>
        <translation>某个事件的 %1 无效</translation>
    </message>
</context>
<context>
    <name>billing::ActivityExportController</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个事件导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::ActivityExportDialog</name>
    <message>
        <source>Export Activity</source>
        <translation>导出活动记录</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Both days are included, in this computer&apos;s time zone, as on the Activity tab.</source>
        <translation>包含首尾两天，按本机时区计算，与“活动记录”标签页一致。</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>第一天(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>最后一天(&amp;L)：</translation>
    </message>
    <message>
        <source>Offline data: the events come from the copy synced %1 ago (%2). Events since then are not in it.</source>
        <translation>离线数据：这些事件来自 %1前同步的副本（%2）。此后发生的事件不包含在内。</translation>
    </message>
    <message>
        <source>Reading the activity from the Billing Center…</source>
        <translation>正在从费用中心读取活动记录…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n event(s)…</source>
        <translation>
            <numerusform>正在写入 %n 个事件…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::ActivityFilterBar</name>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Name or workspace ID</source>
        <translation>名称或工作空间 ID</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Refresh the activity</source>
        <translation>刷新活动记录</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>W&amp;orkspace:</source>
        <translation>工作空间(&amp;O)：</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>操作者(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>事件(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>billing::ActivityPeriod</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>请选择时间段的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a first day on or before the last day.</source>
        <translation>时间段的开始晚于结束：请选择不晚于最后一天的第一天。</translation>
    </message>
</context>
<context>
    <name>billing::ActivityQuery</name>
    <message>
        <source>Choose who made the changes from the list.</source>
        <translation>请从列表中选择操作者。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>任意用户</translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation>任意云市场</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>所有事件</translation>
    </message>
</context>
<context>
    <name>billing::ActivityReader</name>
    <message numerus="yes">
        <source>%n event(s) in an unknown form could not be read and are not in the export.</source>
        <translation>
            <numerusform>%n 个事件的格式无法识别，未能读取，不包含在导出中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the offline copy was not updated: %1</source>
        <translation>警告：离线副本未更新：%1</translation>
    </message>
    <message>
        <source>There is no offline copy of the activity: export it once while the server can be reached.</source>
        <translation>没有活动记录的离线副本：请在能连接服务器时导出一次。</translation>
    </message>
    <message numerus="yes">
        <source>Using the offline copy of the activity synced %1 ago (%2): %n event(s) in this period; events since then are not included.</source>
        <translation>
            <numerusform>使用 %1前同步的活动记录离线副本（%2）：此时间段内有 %n 个事件；此后发生的事件不包含在内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts of this period were never read from the server in full, so some of their events may be missing.</source>
        <translation>此时间段中有部分时间从未从服务器完整读取，其中的部分事件可能缺失。</translation>
    </message>
</context>
<context>
    <name>billing::ActivityTab</name>
    <message>
        <source>&amp;Show workspace</source>
        <translation>显示工作空间(&amp;S)</translation>
    </message>
    <message>
        <source>Every change of settlement or status of this account&apos;s workspaces, newest first: who made it and why. Double-click an event to show its workspace.</source>
        <translation>此账号下工作空间的每一次结算方式或状态变更，最新的在前：由谁变更以及原因。双击事件可显示其工作空间。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Show the event&apos;s workspace</source>
        <translation>显示事件所属的工作空间</translation>
    </message>
    <message>
        <source>Select this event&apos;s workspace in the Workspaces tab</source>
        <translation>在“工作空间”标签页中选中此事件所属的工作空间</translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation>正在加载活动记录…</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>没有符合这些筛选条件的事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) listed.</source>
        <translation>
            <numerusform>共列出 %n 个事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n event(s) that could not be read.</source>
        <translation>
            <numerusform>已略过 %n 个无法读取的事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No events listed.</source>
        <translation>未列出任何事件。</translation>
    </message>
    <message>
        <source>Could not load the activity: %1</source>
        <translation>无法加载活动记录：%1</translation>
    </message>
</context>
<context>
    <name>billing::AliyunIds</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Use digits 0-9 only, without spaces or other characters.</source>
        <translation>只能使用数字 0-9，不能包含空格或其他字符。</translation>
    </message>
    <message>
        <source>An Alibaba Cloud Account ID has 16 digits; this one has %1.</source>
        <translation>阿里云账号 ID 为 16 位数字，此处为 %1 位。</translation>
    </message>
    <message>
        <source>A RAM account is written as name@UID; the name before @ is missing.</source>
        <translation>RAM 账号的格式为 名称@UID；缺少 @ 前面的名称。</translation>
    </message>
    <message>
        <source>A Product Instance ID is a positive number and does not start with 0.</source>
        <translation>商品实例 ID 是正整数，不能以 0 开头。</translation>
    </message>
    <message>
        <source>A Product Instance ID has at most 19 digits; this one has %1.</source>
        <translation>商品实例 ID 最多 19 位数字，此处为 %1 位。</translation>
    </message>
    <message>
        <source>This number is too large to be a Product Instance ID.</source>
        <translation>该数字过大，不是有效的商品实例 ID。</translation>
    </message>
    <message>
        <source>A Huawei Cloud Account ID uses the letters a-f and digits 0-9 only.</source>
        <translation>华为云账号 ID 只能包含字母 a-f 和数字 0-9。</translation>
    </message>
    <message>
        <source>A Huawei Cloud Account ID has 32 characters; this one has %1.</source>
        <translation>华为云账号 ID 为 32 个字符；当前为 %1 个。</translation>
    </message>
    <message>
        <source>Use at most 64 letters, digits, &apos;-&apos; or &apos;_&apos;, without spaces.</source>
        <translation>最多 64 个字母、数字、“-”或“_”，不含空格。</translation>
    </message>
    <message>
        <source>An Azure subscription ID looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (digits and a-f).</source>
        <translation>Azure 订阅 ID 的格式为 xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx（数字和 a-f）。</translation>
    </message>
</context>
<context>
    <name>billing::ApplyCommand</name>
    <message>
        <source>Apply a plan file (JSON or CSV export format) to the workspaces on the server.</source>
        <translation>将计划文件（JSON 或 CSV 导出格式）应用到服务器上的工作空间。</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>只显示将发生的变更，不做任何修改。</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>计划文件。</translation>
    </message>
    <message>
        <source>Name one plan file: billing-desk apply PLAN --server URL --username NAME.</source>
        <translation>请指定一个计划文件：billing-desk apply PLAN --server URL --username NAME。</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n problem(s); nothing was applied.</source>
        <translation>
            <numerusform>计划有 %n 个问题；未应用任何变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 → %4</source>
        <translation>%1（%2）：%3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) would be applied, </source>
        <translation>
            <numerusform>试运行：将应用 %n 项变更，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unchanged. Nothing was applied.</source>
        <translation>
            <numerusform>%n 行无变化。未应用任何变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3: %4</source>
        <translation>%1（%2）：%3：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n applied, </source>
        <translation>
            <numerusform>已应用 %n 项，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected, </source>
        <translation>
            <numerusform>被拒绝 %n 项，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n 项无变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not confirmed: </source>
        <translation>
            <numerusform>%n 项变更未得到确认：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::AuditCommand</name>
    <message numerus="yes">
        <source>Start of the period, included: RFC 3339 or YYYY-MM-DD (00:00 UTC). Default: %n day(s) before the end.</source>
        <translation>
            <numerusform>时间段的开始（包含）：RFC 3339 或 YYYY-MM-DD（UTC 00:00）。默认：结束前 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>End of the period, excluded: RFC 3339 or YYYY-MM-DD (00:00 UTC). Default: now.</source>
        <translation>时间段的结束（不包含）：RFC 3339 或 YYYY-MM-DD（UTC 00:00）。默认：当前时间。</translation>
    </message>
    <message>
        <source>Only the events of this workspace.</source>
        <translation>仅此工作空间的事件。</translation>
    </message>
    <message>
        <source>Only the events of: user, marketplace, system, user:NAME or marketplace:NAME.</source>
        <translation>仅以下操作者的事件：user、marketplace、system、user:NAME 或 marketplace:NAME。</translation>
    </message>
    <message>
        <source>Only events of this kind: %1.</source>
        <translation>仅此类事件：%1。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time. Give RFC 3339 (2026-11-01T08:00:00Z) or a date (2026-11-01, meaning 00:00 UTC).</source>
        <translation>--%1：“%2”不是时间。请使用 RFC 3339（2026-11-01T08:00:00Z）或日期（2026-11-01，表示 UTC 00:00）。</translation>
    </message>
    <message>
        <source>The period is empty: --since (%1) must be earlier than --until (%2).</source>
        <translation>时间段为空：--since（%1）必须早于 --until（%2）。</translation>
    </message>
    <message>
        <source>--workspace needs a workspace ID.</source>
        <translation>--workspace 需要一个工作空间 ID。</translation>
    </message>
    <message>
        <source>--actor: give user, marketplace, system, user:NAME or marketplace:NAME.</source>
        <translation>--actor：请使用 user、marketplace、system、user:NAME 或 marketplace:NAME。</translation>
    </message>
    <message>
        <source>--event: give one of %1.</source>
        <translation>--event：请使用以下之一：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) of the period %1 – %2 to %3.</source>
        <translation>
            <numerusform>已将 %1 – %2 期间的 %n 个事件导出到 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the account&apos;s activity of a period to a CSV, JSON or Excel (.xlsx) file for auditors.</source>
        <translation>将账户在某一时间段内的活动记录导出为 CSV、JSON 或 Excel (.xlsx) 文件，供审计使用。</translation>
    </message>
</context>
<context>
    <name>billing::BasicInfoPage</name>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Step 1 of 4: your site and how to sign in.</source>
        <translation>第 1 步（共 4 步）：站点与登录信息。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>The site is where your data lives; it cannot move later.</source>
        <translation>站点是数据存放的位置，之后不能迁移。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>3-32 letters, digits, . _ -</source>
        <translation>3-32 个字母、数字、. _ -</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>6 digits from the e-mail</source>
        <translation>邮件中的 6 位数字</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>+86 138 0000 0000</source>
        <translation>+86 138 0000 0000</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>Send verification code</source>
        <translation>发送验证码</translation>
    </message>
    <message>
        <source>Open sandbox mailbox</source>
        <translation>打开沙箱邮箱</translation>
    </message>
    <message>
        <source>The sandbox sends no real e-mail: find the code in its mailbox.</source>
        <translation>沙箱不会发送真实邮件：请在沙箱邮箱中查看验证码。</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>确认密码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>手机号码(&amp;H)：</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>Resend in %n s</source>
        <translation>
            <numerusform>%n 秒后重发</numerusform>
        </translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>发送验证码</translation>
    </message>
</context>
<context>
    <name>billing::BillCache</name>
    <message>
        <source>The offline copy of the bill %1 could not be written to %2: %3</source>
        <translation>账单 %1 的离线副本无法写入 %2：%3</translation>
    </message>
    <message>
        <source>The offline copy of the bill %1 (%2) cannot be used: %3</source>
        <translation>账单 %1 的离线副本（%2）无法使用：%3</translation>
    </message>
    <message>
        <source>it holds another month</source>
        <translation>其中是另一个月份</translation>
    </message>
    <message>
        <source>a bill line has a bad %1</source>
        <translation>有一条账单明细的 %1 无效</translation>
    </message>
</context>
<context>
    <name>billing::BillExportController</name>
    <message numerus="yes">
        <source>Exported the bill %1 (%n line(s), total %2 %3) to %4.</source>
        <translation>
            <numerusform>已将账单 %1（%n 条明细，合计 %2 %3）导出到 %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::BillExportDialog</name>
    <message>
        <source>Export Bill</source>
        <translation>导出账单</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>One per payer</source>
        <translation>每个付款方一行</translation>
    </message>
    <message>
        <source>One per item</source>
        <translation>每个计费项一行</translation>
    </message>
    <message>
        <source>One per site</source>
        <translation>每个站点一行</translation>
    </message>
    <message>
        <source>One per workspace</source>
        <translation>每个工作空间一行</translation>
    </message>
    <message>
        <source>Every bill line</source>
        <translation>每条账单明细</translation>
    </message>
    <message>
        <source>Billing days are Beijing-time days. Grouped rows end with a total row; every total is the sum of the lines&apos; amounts.</source>
        <translation>账单日按北京时间计算。分组导出以合计行结尾；每个合计都是各明细金额之和。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>汇总方式(&amp;R)：</translation>
    </message>
    <message>
        <source>Offline data: the bill comes from the copy synced %1 ago (%2). Days settled since then are not in it.</source>
        <translation>离线数据：账单来自 %1前同步的副本（%2）。此后结算的日期不包含在内。</translation>
    </message>
    <message>
        <source>There is no offline copy of the bill %1: export it once while the server can be reached.</source>
        <translation>没有账单 %1 的离线副本：请在能连接服务器时导出一次。</translation>
    </message>
    <message>
        <source>Reading the bill from the Billing Center…</source>
        <translation>正在从费用中心读取账单…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n bill line(s)…</source>
        <translation>
            <numerusform>正在写入 %n 条账单明细…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::BillReader</name>
    <message numerus="yes">
        <source>%n bill line(s) in an unknown form could not be read and are not in the export.</source>
        <translation>
            <numerusform>%n 条账单明细格式未知，无法读取，未包含在导出中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the offline copy was not updated: %1</source>
        <translation>警告：离线副本未更新：%1</translation>
    </message>
    <message>
        <source>There is no offline copy of the bill %1: export it once while the server can be reached.</source>
        <translation>没有账单 %1 的离线副本：请在能连接服务器时导出一次。</translation>
    </message>
    <message>
        <source>Using the offline copy of the bill %1 synced %2 ago (%3): days settled since then are not included.</source>
        <translation>使用%2前同步的账单 %1 离线副本（%3）：此后结算的日期不包含在内。</translation>
    </message>
</context>
<context>
    <name>billing::BillSheet</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>工作空间 ID</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>工作空间名称</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>计费项</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>商品实例 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>billing::BillsCommand</name>
    <message>
        <source>Show or export one month&apos;s bill: per payer, item, site, workspace or line.</source>
        <translation>显示或导出一个月的账单：按付款方、计费项、站点、工作空间或明细。</translation>
    </message>
    <message>
        <source>The billing month (Beijing time), e.g. 2026-11.</source>
        <translation>账单月份（北京时间），例如 2026-11。</translation>
    </message>
    <message>
        <source>One row per payer (default), item, site or workspace, with a total row; or one row per bill line.</source>
        <translation>每个付款方（默认）、计费项、站点或工作空间一行，并带合计行；或每条账单明细一行。</translation>
    </message>
    <message>
        <source>The file to write (replaced atomically). Default: standard output.</source>
        <translation>要写入的文件（原子替换）。默认：标准输出。</translation>
    </message>
    <message>
        <source>Do not contact the server: use the last synced copy.</source>
        <translation>不连接服务器：使用最近同步的副本。</translation>
    </message>
    <message>
        <source>Give the month: --month YYYY-MM (e.g. --month 2026-11).</source>
        <translation>请指定月份：--month YYYY-MM（例如 --month 2026-11）。</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month. Give YYYY-MM, e.g. 2026-11.</source>
        <translation>--month：“%1”不是月份。请使用 YYYY-MM，例如 2026-11。</translation>
    </message>
    <message>
        <source>--by: give one of %1.</source>
        <translation>--by：请指定以下之一：%1。</translation>
    </message>
    <message>
        <source>Name the file to write: --output FILE.</source>
        <translation>请指定要写入的文件：--output FILE。</translation>
    </message>
    <message numerus="yes">
        <source>Exported the bill %1 (%n line(s), total %2 %3) to %4.</source>
        <translation>
            <numerusform>已将账单 %1（%n 条明细，合计 %2 %3）导出到 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>table (aligned text, default), csv, json or xlsx (an Excel workbook; needs --output).</source>
        <translation>table（对齐的文本，默认）、csv、json 或 xlsx（Excel 工作簿；需要 --output）。</translation>
    </message>
    <message>
        <source>--format: give table, csv, json or xlsx.</source>
        <translation>--format：请指定 table、csv、json 或 xlsx。</translation>
    </message>
    <message>
        <source>--format xlsx writes a workbook, not text: name the file with --output FILE.</source>
        <translation>--format xlsx 生成的是工作簿而不是文本：请用 --output FILE 指定文件。</translation>
    </message>
</context>
<context>
    <name>billing::BindingText</name>
    <message>
        <source>Account ID %1, Product Instance ID %2</source>
        <translation>账号 ID %1，商品实例 ID %2</translation>
    </message>
    <message>
        <source>Account ID %1, Instance ID %2</source>
        <translation>账号 ID %1，实例 ID %2</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>订阅 %1</translation>
    </message>
</context>
<context>
    <name>billing::ChangeJournal</name>
    <message>
        <source>The journal of staged changes is damaged or from another version.</source>
        <translation>暂存变更日志已损坏或来自其他版本。</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>无法读取日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder of the journal %1.</source>
        <translation>无法创建日志 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>无法写入日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove the journal %1.</source>
        <translation>无法删除日志 %1。</translation>
    </message>
    <message>
        <source>no saved journal to extend</source>
        <translation>没有可追加的已保存日志</translation>
    </message>
</context>
<context>
    <name>billing::ChangeSettlementDialog</name>
    <message>
        <source>Change settlement</source>
        <translation>变更结算方式</translation>
    </message>
    <message>
        <source>Alibaba Cloud account</source>
        <translation>阿里云账号</translation>
    </message>
    <message>
        <source>Why workspaces cannot change</source>
        <translation>工作空间无法变更的原因</translation>
    </message>
    <message>
        <source>S&amp;tage change</source>
        <translation>暂存变更(&amp;T)</translation>
    </message>
    <message>
        <source>Add the change to the staged changes; nothing is sent yet.</source>
        <translation>将此变更加入暂存的变更；暂不发送。</translation>
    </message>
    <message>
        <source>&amp;Apply now</source>
        <translation>立即应用(&amp;A)</translation>
    </message>
    <message>
        <source>Send the change to the Billing Center now.</source>
        <translation>立即将此变更发送到费用中心。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Current method</source>
        <translation>当前结算方式</translation>
    </message>
    <message>
        <source>Current binding</source>
        <translation>当前绑定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked: a settlement change unlocks it.</source>
        <translation>已锁定：变更结算方式即可解锁。</translation>
    </message>
    <message>
        <source>Lock pending: the marketplace subscription has expired.</source>
        <translation>即将锁定：云市场订阅已到期。</translation>
    </message>
    <message>
        <source>%1 workspaces on one site</source>
        <translation>%1 个工作空间，位于 1 个站点</translation>
    </message>
    <message>
        <source>%1 workspaces on %2 sites</source>
        <translation>%1 个工作空间，位于 %2 个站点</translation>
    </message>
    <message>
        <source>Settle with</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Cannot change: %1</source>
        <translation>无法变更：%1</translation>
    </message>
    <message>
        <source>1 workspace (%1)</source>
        <translation>1 个工作空间（%1）</translation>
    </message>
    <message>
        <source>%1 workspaces</source>
        <translation>%1 个工作空间</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>Cannot change:</source>
        <translation>无法变更：</translation>
    </message>
    <message>
        <source>The workspace cannot change to this method (see above).</source>
        <translation>该工作空间无法变更为此结算方式（见上文）。</translation>
    </message>
    <message>
        <source>None of the workspaces can change to this method (see above).</source>
        <translation>所选工作空间均无法变更为此结算方式（见上文）。</translation>
    </message>
    <message>
        <source>Enter a valid Account ID and Product Instance ID to continue.</source>
        <translation>请输入有效的账号 ID 和商品实例 ID 以继续。</translation>
    </message>
    <message>
        <source>&amp;Apply now to %1</source>
        <translation>立即应用到 %1 个(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;tage change for %1</source>
        <translation>为 %1 个暂存变更(&amp;T)</translation>
    </message>
    <message>
        <source>Enter a valid Account ID and Instance ID to continue.</source>
        <translation>请输入有效的账号 ID 和实例 ID 后继续。</translation>
    </message>
    <message>
        <source>Huawei Cloud account</source>
        <translation>华为云账号</translation>
    </message>
    <message>
        <source>Azure subscription</source>
        <translation>Azure 订阅</translation>
    </message>
    <message>
        <source>AWS subscription</source>
        <translation>AWS 订阅</translation>
    </message>
</context>
<context>
    <name>billing::ClaimCode</name>
    <message>
        <source>Enter the claim code the marketplace page showed (XXXX-XXXX).</source>
        <translation>请输入云市场页面显示的认领码（XXXX-XXXX）。</translation>
    </message>
    <message>
        <source>Claim codes never contain 0, O, 1 or I; check the character “%1”.</source>
        <translation>认领码中不含 0、O、1 或 I，请检查字符“%1”。</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a claim code: use the letters and digits shown on the marketplace page.</source>
        <translation>“%1”不可能出现在认领码中：请使用云市场页面上显示的字母和数字。</translation>
    </message>
    <message>
        <source>A claim code has 8 characters (XXXX-XXXX).</source>
        <translation>认领码共 8 个字符（XXXX-XXXX）。</translation>
    </message>
</context>
<context>
    <name>billing::ClaimController</name>
    <message>
        <source>Too many wrong claim codes. Try again later.</source>
        <translation>错误的认领码次数过多，请稍后再试。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong claim codes. Try again in %n minute(s).</source>
        <translation>
            <numerusform>错误的认领码次数过多，请在 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>This claim code is wrong, used or expired. Check it on the marketplace page, or subscribe again there for a new one.</source>
        <translation>此认领码有误、已使用或已过期。请在云市场页面上核对，或在那里重新订阅以获取新的认领码。</translation>
    </message>
</context>
<context>
    <name>billing::ClaimDialog</name>
    <message>
        <source>&amp;Look up</source>
        <translation>查询(&amp;L)</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>&amp;Bind to my account</source>
        <translation>绑定到我的账户(&amp;B)</translation>
    </message>
    <message>
        <source>Bind marketplace subscription</source>
        <translation>绑定云市场订阅</translation>
    </message>
    <message>
        <source>After you subscribe on AWS Marketplace or Azure Marketplace, its page shows a claim code. Enter the code here to make the subscription yours; workspaces can then be settled through it.</source>
        <translation>在 AWS Marketplace 或 Azure Marketplace 订阅后，其页面会显示一个认领码。在此输入该认领码，订阅即归您所有，之后即可通过它为工作空间结算。</translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation>认领码</translation>
    </message>
    <message>
        <source>XXXX-XXXX</source>
        <translation>XXXX-XXXX</translation>
    </message>
    <message>
        <source>Claim &amp;code:</source>
        <translation>认领码(&amp;C)：</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>云市场：</translation>
    </message>
    <message>
        <source>Subscription ID:</source>
        <translation>订阅 ID：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Try &amp;binding again</source>
        <translation>重新绑定(&amp;B)</translation>
    </message>
    <message>
        <source>Binding the subscription to your account…</source>
        <translation>正在将订阅绑定到您的账户…</translation>
    </message>
    <message>
        <source>Looking the code up…</source>
        <translation>正在查询认领码…</translation>
    </message>
    <message>
        <source>%1 subscription %2 is now yours; bind workspaces to it in Change settlement…</source>
        <translation>%1 订阅 %2 现已归您所有；请在“变更结算方式…”中将工作空间绑定到该订阅。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>billing::ClaimLink</name>
    <message>
        <source>This is not a Billing Desk link (billingdesk://claim?…).</source>
        <translation>这不是 Billing Desk 链接（billingdesk://claim?…）。</translation>
    </message>
    <message>
        <source>This Billing Desk link asks for something this version does not know. Only claim links (billingdesk://claim?…) are supported.</source>
        <translation>此 Billing Desk 链接请求的操作本版本无法识别。仅支持认领链接（billingdesk://claim?…）。</translation>
    </message>
    <message>
        <source>The link does not name a valid Billing Center address. Copy the claim code from the marketplace page and paste it into Workspace → Bind marketplace subscription… instead.</source>
        <translation>该链接未包含有效的费用中心地址。请从云市场页面复制认领码，粘贴到“工作空间 → 绑定云市场订阅…”中。</translation>
    </message>
    <message>
        <source>The link&apos;s claim code is not valid: %1</source>
        <translation>链接中的认领码无效：%1</translation>
    </message>
</context>
<context>
    <name>billing::ClaimLinkPrompts</name>
    <message>
        <source>Claim link</source>
        <translation>认领链接</translation>
    </message>
    <message>
        <source>Claim link for another Billing Center</source>
        <translation>来自其他费用中心的认领链接</translation>
    </message>
    <message>
        <source>This claim link comes from the Billing Center at %1, but you are signed in to %2.</source>
        <translation>此认领链接来自 %1 的费用中心，但您当前登录的是 %2。</translation>
    </message>
    <message>
        <source>The subscription was created on %1; to bind it, sign in there. Sending the code to %2 instead will most likely be refused.</source>
        <translation>该订阅创建于 %1；要绑定它，请登录该费用中心。若将认领码发送到 %2，很可能会被拒绝。</translation>
    </message>
    <message>
        <source>Send the code to %1</source>
        <translation>将认领码发送到 %1</translation>
    </message>
</context>
<context>
    <name>billing::ClaimedSubscriptions</name>
    <message>
        <source>the account&apos;s marketplace subscriptions were not read from the server</source>
        <translation>未从服务器读取该账号的云市场订阅</translation>
    </message>
</context>
<context>
    <name>billing::CliProfileSource</name>
    <message>
        <source>Warning: the offline copy was not updated: %1</source>
        <translation>警告：离线副本未更新：%1</translation>
    </message>
    <message>
        <source>Offline (--offline).</source>
        <translation>离线模式（--offline）。</translation>
    </message>
</context>
<context>
    <name>billing::CliRunner</name>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
</context>
<context>
    <name>billing::CliWorkspaceSource</name>
    <message>
        <source>There is no offline copy of the workspaces of %1 on %2: run the command once while the server can be reached.</source>
        <translation>没有 %2 上 %1 的工作空间离线副本：请在可以连接服务器时先运行一次该命令。</translation>
    </message>
    <message numerus="yes">
        <source>Using the offline copy of %n workspace(s) synced %1 ago (%2); changes made on the server since then are not included.</source>
        <translation>
            <numerusform>使用 %1前同步的 %n 个工作空间的离线副本（%2）；此后在服务器上所做的更改不包含在内。</numerusform>
        </translation>
    </message>
    <message>
        <source>the offline copy does not hold the account&apos;s marketplace subscriptions</source>
        <translation>离线副本不包含该账号的云市场订阅</translation>
    </message>
</context>
<context>
    <name>billing::ClientError</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>尝试次数过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Billing Center could not be reached. Check the connection and try again.</source>
        <translation>无法连接费用中心。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The Billing Center did not answer in time. Try again.</source>
        <translation>费用中心未及时响应，请重试。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>无法验证服务器证书：%1</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed for servers outside this computer.</source>
        <translation>本机以外的服务器只允许使用 https:// 地址。</translation>
    </message>
    <message>
        <source>The Billing Center sent an answer that could not be understood.</source>
        <translation>费用中心返回了无法识别的应答。</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The Billing Center could not read the request.</source>
        <translation>费用中心无法读取该请求。</translation>
    </message>
    <message>
        <source>Some fields are missing or invalid.</source>
        <translation>部分字段缺失或无效。</translation>
    </message>
    <message>
        <source>Wrong username or password, or the session has ended.</source>
        <translation>用户名或密码错误，或会话已结束。</translation>
    </message>
    <message>
        <source>Access was refused.</source>
        <translation>访问被拒绝。</translation>
    </message>
    <message>
        <source>Not found. It may have been deleted, or it belongs to another account.</source>
        <translation>未找到。它可能已被删除，或属于其他账号。</translation>
    </message>
    <message>
        <source>Someone changed this workspace in the meantime.</source>
        <translation>在此期间已有人修改了该工作空间。</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <source>The verification code is wrong or has expired.</source>
        <translation>验证码错误或已过期。</translation>
    </message>
    <message>
        <source>The settlement method can change once per calendar month; the next change is allowed on %1.</source>
        <translation>结算方式每个自然月只能变更一次；下次可变更时间为 %1。</translation>
    </message>
    <message>
        <source>The settlement method can change once per calendar month.</source>
        <translation>结算方式每个自然月只能变更一次。</translation>
    </message>
    <message>
        <source>This settlement method is not offered on the workspace&apos;s site.</source>
        <translation>该工作空间所在站点不提供此结算方式。</translation>
    </message>
    <message>
        <source>A workspace settled by a live cloud subscription can only go back to the Billing Center account, not to another cloud.</source>
        <translation>由有效云订阅结算的工作空间只能改回费用中心账户结算，不能改为其他云。</translation>
    </message>
    <message>
        <source>This request was already sent with different content.</source>
        <translation>该请求此前已以不同的内容发送过。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>请求过大。</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait and try again.</source>
        <translation>尝试次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>The Billing Center does not support this request.</source>
        <translation>费用中心不支持此请求。</translation>
    </message>
    <message>
        <source>The Billing Center is temporarily unavailable.</source>
        <translation>费用中心暂时不可用。</translation>
    </message>
    <message>
        <source>This marketplace instance was closed.</source>
        <translation>该云市场实例已关闭。</translation>
    </message>
    <message>
        <source>The Billing Center reported an internal error.</source>
        <translation>费用中心报告了内部错误。</translation>
    </message>
    <message>
        <source>No marketplace subscription has this ID.</source>
        <translation>没有云市场订阅使用此 ID。</translation>
    </message>
    <message>
        <source>This marketplace subscription is not active: it is not confirmed yet, has expired or was closed.</source>
        <translation>该云市场订阅未生效：尚未确认、已过期或已关闭。</translation>
    </message>
    <message>
        <source>This marketplace subscription belongs to another cloud account, or was not claimed by this account.</source>
        <translation>该云市场订阅属于其他云账号，或未被本账户认领。</translation>
    </message>
    <message>
        <source>This claim code is wrong, was already used or has expired.</source>
        <translation>该认领码错误、已被使用或已过期。</translation>
    </message>
    <message>
        <source>The Billing Center redirected the request to another server (%1). Billing Desk did not follow it, so your session was not sent there. Check the server address.</source>
        <translation>Billing Center 将请求重定向到了另一台服务器（%1）。Billing Desk 没有跟随，因此您的会话未被发送到那里。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The Billing Center&apos;s answer was larger than the limit of %1 MiB and was not read.</source>
        <translation>Billing Center 的应答超过了 %1 MiB 的上限，未被读取。</translation>
    </message>
    <message>
        <source>The list from the Billing Center did not end after %1 pages; Billing Desk stopped reading it.</source>
        <translation>Billing Center 返回的列表在 %1 页后仍未结束；Billing Desk 已停止读取。</translation>
    </message>
    <message>
        <source>The saved copy is too old to update; all workspaces are loaded again.</source>
        <translation>保存的副本太旧，无法更新；将重新加载全部工作空间。</translation>
    </message>
</context>
<context>
    <name>billing::CommandLineLanguage</name>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知语言“%1”。请使用以下之一：%2。</translation>
    </message>
</context>
<context>
    <name>billing::CorporatePage</name>
    <message>
        <source>Corporate information</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <source>Step 2 of 4: who the account belongs to. Going on creates the account.</source>
        <translation>第 2 步（共 4 步）：账号所属企业。继续将创建账号。</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>创建账号(&amp;A)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>As on your invoices</source>
        <translation>与发票抬头一致</translation>
    </message>
    <message>
        <source>Please read the &lt;a href=&quot;%1&quot;&gt;%2 terms of service&lt;/a&gt;.</source>
        <translation>请阅读&lt;a href=&quot;%1&quot;&gt;%2 服务条款&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>I have read and &amp;accept the terms of service</source>
        <translation>我已阅读并同意服务条款(&amp;A)</translation>
    </message>
    <message>
        <source>Accept the terms of service</source>
        <translation>同意服务条款</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>企业名称(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>billing::CostItemNames</name>
    <message>
        <source>Billing Center wallet</source>
        <translation>Billing Center 钱包</translation>
    </message>
    <message>
        <source>Alibaba Cloud instance %1</source>
        <translation>阿里云实例 %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>the date format of a month&apos;s name</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>已扣费</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待推送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>推送失败</translation>
    </message>
</context>
<context>
    <name>billing::CostsTab</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Filter workspaces by name or site</source>
        <translation>按名称或站点筛选工作空间</translation>
    </message>
    <message>
        <source>Filter by name or site</source>
        <translation>按名称或站点筛选</translation>
    </message>
    <message>
        <source>Cost per workspace</source>
        <translation>各工作空间费用</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n 个工作空间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workspace(s)</source>
        <translation>
            <numerusform>%1 / %n 个工作空间</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load the costs: %1</source>
        <translation>无法加载费用：%1</translation>
    </message>
    <message>
        <source>Settled through %1.</source>
        <translation>已结算至 %1。</translation>
    </message>
    <message>
        <source>No day of this month is settled yet.</source>
        <translation>本月尚无已结算的日期。</translation>
    </message>
</context>
<context>
    <name>billing::CredentialResult</name>
    <message>
        <source>The system keychain holds no password for %1.</source>
        <translation>系统钥匙串中没有 %1 的密码。</translation>
    </message>
    <message>
        <source>The system keychain is not available (no Secret Service on D-Bus): %1</source>
        <translation>系统钥匙串不可用（D-Bus 上没有 Secret Service）：%1</translation>
    </message>
    <message>
        <source>The system keychain refused access (is it locked?): %1</source>
        <translation>系统钥匙串拒绝访问（是否已锁定？）：%1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统钥匙串报告错误：%1</translation>
    </message>
</context>
<context>
    <name>billing::CredentialStore</name>
    <message>
        <source>Cannot use the system keychain for &quot;%1&quot;: it needs a user name and an http(s) server address.</source>
        <translation>无法为“%1”使用系统钥匙串：需要用户名和 http(s) 服务器地址。</translation>
    </message>
</context>
<context>
    <name>billing::DailyCostChart</name>
    <message>
        <source>Cost per day, by item</source>
        <translation>每日费用（按计费项）</translation>
    </message>
    <message>
        <source>%1, %2: %3 (day: %4)</source>
        <translation>%1，%2：%3（当日：%4）</translation>
    </message>
</context>
<context>
    <name>billing::DayLinesView</name>
    <message>
        <source>Bill lines of the day</source>
        <translation>当日账单明细</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>计费项</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Click a day in the chart to see its bill lines.</source>
        <translation>点击图表中的某一天可查看其账单明细。</translation>
    </message>
    <message>
        <source>Loading the bill lines of %1…</source>
        <translation>正在加载 %1 的账单明细…</translation>
    </message>
    <message>
        <source>The bill lines of %1 could not be loaded: %2</source>
        <translation>无法加载 %1 的账单明细：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n bill line(s) of %1, %2 in all.</source>
        <translation>
            <numerusform>%1 共 %n 条账单明细，合计 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::DesktopApplication</name>
    <message>
        <source>Billing Desk</source>
        <translation>Billing Desk</translation>
    </message>
    <message>
        <source>Starting the local sandbox Billing Center…</source>
        <translation>正在启动本地沙箱费用中心…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
</context>
<context>
    <name>billing::DesktopOptions</name>
    <message>
        <source>Billing Desk: workspace settlement for billing administrators.</source>
        <translation>Billing Desk：面向费用管理员的工作空间结算工具。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>The Billing Center to use (default: start the local sandbox).</source>
        <translation>要使用的费用中心（默认启动本地沙箱）。</translation>
    </message>
    <message>
        <source>The username to sign in with.</source>
        <translation>登录使用的用户名。</translation>
    </message>
    <message>
        <source>Open the registration wizard.</source>
        <translation>打开注册向导。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Unsupported language %1; use zh_CN or en.</source>
        <translation>不支持语言 %1；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>A billingdesk://claim link to open (a marketplace subscription to bind).</source>
        <translation>要打开的 billingdesk://claim 链接（要绑定的云市场订阅）。</translation>
    </message>
</context>
<context>
    <name>billing::DonePage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Step 4 of 4: your account and workspace are ready.</source>
        <translation>第 4 步（共 4 步）：账号和工作空间已就绪。</translation>
    </message>
    <message>
        <source>&amp;Log in now</source>
        <translation>立即登录(&amp;L)</translation>
    </message>
    <message>
        <source>Log in now</source>
        <translation>立即登录</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Welcome to %1. This is what was created:</source>
        <translation>欢迎使用 %1。已为您创建：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>%1 (%2), site %3</source>
        <translation>%1（%2），站点 %3</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>%1, language: %2</source>
        <translation>%1，语言：%2</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Billing Center account</source>
        <translation>费用中心账户</translation>
    </message>
    <message>
        <source>created, with the same username and password</source>
        <translation>已创建，使用相同的用户名和密码</translation>
    </message>
    <message>
        <source>not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>Log in to the %1 Billing Center at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; as %3 with the password you chose to see detailed bills.</source>
        <translation>请使用用户名 %3 和您设置的密码登录 %1 费用中心 &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; 查看账单明细。</translation>
    </message>
    <message>
        <source>Log in to Billing Desk as %1 with the password you chose.</source>
        <translation>请使用用户名 %1 和您设置的密码登录 Billing Desk。</translation>
    </message>
    <message>
        <source>This is the local sandbox at %1: nothing is charged.</source>
        <translation>这是位于 %1 的本地沙箱：不会产生任何费用。</translation>
    </message>
</context>
<context>
    <name>billing::EventDescriptions</name>
    <message>
        <source>a user</source>
        <translation>某用户</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Alibaba Cloud Marketplace</source>
        <translation>阿里云云市场</translation>
    </message>
    <message>
        <source>AWS Marketplace</source>
        <translation>AWS 云市场</translation>
    </message>
    <message>
        <source>Huawei Cloud KooGallery</source>
        <translation>华为云云商店</translation>
    </message>
    <message>
        <source>Azure Marketplace</source>
        <translation>Azure 云市场</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>settlement changed</source>
        <translation>结算方式变更</translation>
    </message>
    <message>
        <source>lock pending</source>
        <translation>待锁定</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>user change</source>
        <translation>用户变更</translation>
    </message>
    <message>
        <source>subscription released</source>
        <translation>订阅已释放</translation>
    </message>
    <message>
        <source>subscription expired</source>
        <translation>订阅已到期</translation>
    </message>
    <message>
        <source>subscription renewed</source>
        <translation>订阅已续费</translation>
    </message>
    <message>
        <source>account in arrears</source>
        <translation>账户欠费</translation>
    </message>
    <message>
        <source>account recharged</source>
        <translation>账户已充值</translation>
    </message>
    <message>
        <source>lock date reached</source>
        <translation>已到锁定日期</translation>
    </message>
    <message>
        <source>marketplace subscription claimed</source>
        <translation>已认领云市场订阅</translation>
    </message>
    <message>
        <source>existed before the history began</source>
        <translation>开始记录历史之前已存在</translation>
    </message>
    <message>
        <source>%1, instance %2</source>
        <translation>%1，实例 %2</translation>
    </message>
    <message>
        <source>%1 (locks on %2)</source>
        <translation>%1（将于 %2 锁定）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>创建：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Huawei Cloud account %1, instance %2</source>
        <translation>华为云账号 %1，实例 %2</translation>
    </message>
    <message>
        <source>AWS subscription %1</source>
        <translation>AWS 订阅 %1</translation>
    </message>
    <message>
        <source>Azure subscription %1</source>
        <translation>Azure 订阅 %1</translation>
    </message>
</context>
<context>
    <name>billing::EventTableModel</name>
    <message>
        <source>Workspace %1</source>
        <translation>工作空间 %1</translation>
    </message>
    <message>
        <source>Workspace %1 (%2)</source>
        <translation>工作空间 %1（%2）</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>变更前 → 变更后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>billing::ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n workspace(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个工作空间导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every workspace to a JSON, CSV or Excel (.xlsx) file (works offline from the last sync).</source>
        <translation>将所有工作空间导出为 JSON、CSV 或 Excel (.xlsx) 文件（离线时使用上次同步的数据）。</translation>
    </message>
</context>
<context>
    <name>billing::ExportDialog</name>
    <message>
        <source>Export Workspaces</source>
        <translation>导出工作空间</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>&amp;All workspaces (%1)</source>
        <translation>全部工作空间（%1）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Selected workspaces (%1)</source>
        <translation>选中的工作空间（%1）(&amp;S)</translation>
    </message>
    <message>
        <source>Workspaces in the &amp;filtered view (%1)</source>
        <translation>筛选视图中的工作空间（%1）(&amp;F)</translation>
    </message>
    <message>
        <source>Offline data: these workspaces come from the copy synced %1 ago (%2). Changes made on the server since then are not in it.</source>
        <translation>离线数据：这些工作空间来自 %1前同步的副本（%2）。此后在服务器上所做的更改不包含在内。</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n workspace(s)…</source>
        <translation>
            <numerusform>正在导出 %n 个工作空间…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::ExportFileFields</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>文件(&amp;L)：</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>billing::ExportFileOptions</name>
    <message>
        <source>The file to write (replaced atomically).</source>
        <translation>要写入的文件（以原子方式替换）。</translation>
    </message>
    <message>
        <source>Do not contact the server: export the last synced copy.</source>
        <translation>不连接服务器：导出上次同步的副本。</translation>
    </message>
    <message>
        <source>Name the file to write: --output FILE.</source>
        <translation>请指定要写入的文件：--output FILE。</translation>
    </message>
    <message>
        <source>File format: json, csv or xlsx (an Excel workbook).</source>
        <translation>文件格式：json、csv 或 xlsx（Excel 工作簿）。</translation>
    </message>
    <message>
        <source>Give the format: --format json, csv or xlsx.</source>
        <translation>请指定格式：--format json、csv 或 xlsx。</translation>
    </message>
</context>
<context>
    <name>billing::ExportStatusArea</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
</context>
<context>
    <name>billing::FieldErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>billing::FilterBar</name>
    <message>
        <source>&amp;Staged only</source>
        <translation>仅显示暂存(&amp;S)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>筛选文本</translation>
    </message>
    <message>
        <source>Filter by name, workspace ID, Account ID or Instance ID</source>
        <translation>按名称、工作空间 ID、账号 ID 或实例 ID 筛选</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有站点</translation>
    </message>
    <message>
        <source>Settlement method</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>所有结算方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Lock pending</source>
        <translation>待锁定</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Show staged workspaces only</source>
        <translation>仅显示已暂存的工作空间</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every workspace</source>
        <translation>显示全部工作空间</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>billing::KeychainSession</name>
    <message>
        <source>No password for %1 is stored in the system keychain. Log in first.</source>
        <translation>系统钥匙串中未保存 %1 的密码，请先登录。</translation>
    </message>
</context>
<context>
    <name>billing::LanguagePage</name>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time the application starts.</source>
        <translation>新的语言将在下次启动应用程序时生效。</translation>
    </message>
</context>
<context>
    <name>billing::LoginCommand</name>
    <message>
        <source>Verify the password with the Billing Center and keep it in the system keychain.</source>
        <translation>向费用中心验证密码，并将其保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>从标准输入读取密码。</translation>
    </message>
    <message>
        <source>--password-stdin is required: the password is never taken as an argument.</source>
        <translation>必须使用 --password-stdin：密码绝不通过命令行参数传入。</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2) on %3; the password is kept in the system keychain.</source>
        <translation>已在 %3 以 %1（%2）身份登录；密码保存在系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>billing::LoginDialog</name>
    <message>
        <source>&amp;Remember me</source>
        <translation>记住我(&amp;R)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>记住我</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain for the next log-in.</source>
        <translation>将密码保存在系统钥匙串中，供下次登录使用。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Register a commercial &amp;account…</source>
        <translation>注册商业版账号(&amp;A)…</translation>
    </message>
    <message>
        <source>Register a commercial account</source>
        <translation>注册商业版账号</translation>
    </message>
    <message>
        <source>The local sandbox is not running in this session; choose another server.</source>
        <translation>本次会话未运行本地沙箱；请选择其他服务器。</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>A password for this user is kept in the system keychain: leave the password empty to use it.</source>
        <translation>系统钥匙串中保存了该用户的密码：密码留空即可使用。</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>已保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Clear “Remember me” to log in without keeping the password.</source>
        <translation>取消勾选“记住我”即可登录而不保存密码。</translation>
    </message>
    <message>
        <source>The log-in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>The log-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Open the &amp;offline copy (%n workspace(s), synced %1 ago)</source>
        <translation>
            <numerusform>打开离线副本（%n 个工作空间，%1前同步）(&amp;O)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the offline copy</source>
        <translation>打开离线副本</translation>
    </message>
</context>
<context>
    <name>billing::LogoutCommand</name>
    <message>
        <source>End the stored session; with --forget also remove the stored password.</source>
        <translation>结束已保存的会话；使用 --forget 时同时删除已保存的密码。</translation>
    </message>
    <message>
        <source>Remove the password from the system keychain.</source>
        <translation>从系统钥匙串中删除密码。</translation>
    </message>
    <message>
        <source>Logged out of %1; the stored password was removed.</source>
        <translation>已从 %1 退出登录；已删除保存的密码。</translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation>已从 %1 退出登录。</translation>
    </message>
</context>
<context>
    <name>billing::MailboxModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>billing::MainWindow</name>
    <message>
        <source>%1 – %2 (sandbox)</source>
        <translation>%1 – %2（沙箱）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>The staged changes of the last session cannot be read: %1</source>
        <translation>无法读取上次会话的暂存变更：%1</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>通知（%1）</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>%1 desktop client, version %2.</source>
        <translation>%1 桌面客户端，版本 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>已应用 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (the Staged change column says why)</source>
        <translation>
            <numerusform>%n 项被拒绝（原因见“暂存的变更”列）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 项未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Apply cancelled: %1</source>
        <translation>应用已取消：%1</translation>
    </message>
    <message>
        <source>Apply finished: %1</source>
        <translation>应用完成：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Offline copy: the Billing Center could not be reached. Nothing can be applied until you log in again.</source>
        <translation>离线副本：无法连接费用中心。重新登录之前无法应用任何变更。</translation>
    </message>
    <message>
        <source>Apply stopped</source>
        <translation>应用已停止</translation>
    </message>
    <message>
        <source>Not every staged change could be applied. The others stay staged: apply again when the problem is solved.</source>
        <translation>并非所有暂存的变更都已应用。其余变更仍为暂存状态：问题解决后请再次应用。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Workspace %1 is not in the table: it may have been created after the last refresh.</source>
        <translation>工作空间 %1 不在表格中：它可能是在上次刷新之后创建的。</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>The offline copy is too old to be brought up to date; every workspace is loaded again.</source>
        <translation>离线副本太旧，无法更新；将重新加载全部工作空间。</translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped after %Ln workspace(s) received: they are up to date in the table, the others as of the last sync.</source>
        <translation>
            <numerusform>已收到 %Ln 个工作空间后停止同步：表中这些已是最新，其余为上次同步时的状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped after %Ln workspace(s) received: the table shows only those.</source>
        <translation>
            <numerusform>已收到 %Ln 个工作空间后停止同步：表中仅显示这些工作空间。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::MainWindowActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>导入计划(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Register a new account…</source>
        <translation>注册新账号(&amp;R)…</translation>
    </message>
    <message>
        <source>Register a test account on the sandbox</source>
        <translation>在沙箱中注册测试账号</translation>
    </message>
    <message>
        <source>Register a new account</source>
        <translation>注册新账号</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Change settlement…</source>
        <translation>变更结算方式(&amp;C)…</translation>
    </message>
    <message>
        <source>U&amp;nstage</source>
        <translation>取消暂存(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Apply staged changes</source>
        <translation>应用暂存的变更(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel appl&amp;y</source>
        <translation>取消应用(&amp;Y)</translation>
    </message>
    <message>
        <source>Re&amp;try failed</source>
        <translation>重试失败项(&amp;T)</translation>
    </message>
    <message>
        <source>Re-stage &amp;conflicts…</source>
        <translation>重新暂存冲突项(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>工作空间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作空间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Export &amp;activity…</source>
        <translation>导出活动记录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>活动记录(&amp;A)</translation>
    </message>
    <message>
        <source>Export &amp;bill…</source>
        <translation>导出账单(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <translation>费用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bind marketplace subscription…</source>
        <translation>绑定云市场订阅(&amp;B)…</translation>
    </message>
    <message>
        <source>Claim an AWS or Azure Marketplace subscription with the code its page showed</source>
        <translation>使用 AWS 或 Azure Marketplace 页面显示的认领码认领订阅</translation>
    </message>
    <message>
        <source>Sandbox &amp;markets…</source>
        <translation>沙箱云市场(&amp;M)…</translation>
    </message>
    <message>
        <source>Sandbox m&amp;ailbox…</source>
        <translation>沙箱邮箱(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>沙箱(&amp;S)</translation>
    </message>
</context>
<context>
    <name>billing::MainWindowCommands</name>
    <message>
        <source>Nothing to stage: the workspaces already have this settlement.</source>
        <translation>无需暂存：这些工作空间已是该结算方式。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: now %2 on the server, you want %3</source>
        <translation>%1：服务器上现为%2，您要改为%3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-stage conflicts</source>
        <translation>重新暂存冲突项</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) changed on the server after you staged them.</source>
        <translation>
            <numerusform>%n 个工作空间在您暂存后已在服务器上被修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-staging keeps your targets and starts from the server&apos;s current values:</source>
        <translation>重新暂存将保留您的目标，并以服务器上的当前值为起点：</translation>
    </message>
    <message>
        <source>&amp;Re-stage</source>
        <translation>重新暂存(&amp;R)</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <source>Staged changes from the last session</source>
        <translation>上次会话的暂存变更</translation>
    </message>
    <message numerus="yes">
        <source>%n staged change(s) from your last session were not applied.</source>
        <translation>
            <numerusform>上次会话中有 %n 项暂存变更尚未应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>保存于 %1。</translation>
    </message>
    <message>
        <source>Some of them were being sent when the application stopped; restoring sends those again first, so none is applied twice.</source>
        <translation>应用程序停止时其中部分变更正在发送；恢复后会先重新发送这些变更，任何变更都不会被应用两次。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Marketplace subscription bound to your account.</source>
        <translation>云市场订阅已绑定到您的账户。</translation>
    </message>
    <message>
        <source>Plan files (*.json *.csv *.txt *.xlsx);;JSON (*.json);;CSV or Unicode text (*.csv *.txt);;Excel (*.xlsx)</source>
        <translation>计划文件 (*.json *.csv *.txt *.xlsx);;JSON (*.json);;CSV 或 Unicode 文本 (*.csv *.txt);;Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>billing::MarketplaceBindingController</name>
    <message>
        <source>No instance %1 was found for Account ID %2. Check both IDs, or activate the product in the marketplace first.</source>
        <translation>未找到账号 ID %2 下的实例 %1。请检查两个 ID，或先在云市场开通商品。</translation>
    </message>
    <message>
        <source>The sandbox market activated instance %1 for this Account ID.</source>
        <translation>沙箱云市场已为该账号 ID 开通实例 %1。</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已开通</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Instance %1 is %2, but it belongs to another %3 account, not to Account ID %4.</source>
        <translation>实例 %1 %2，但属于其他%3账号，而不是账号 ID %4。</translation>
    </message>
    <message>
        <source>Instance %1 is %2 and belongs to this Account ID.</source>
        <translation>实例 %1 %2，属于该账号 ID。</translation>
    </message>
    <message>
        <source>Instance %1 belongs to this Account ID but is %2: only an opened instance can settle a workspace.</source>
        <translation>实例 %1 属于该账号 ID，但%2：只有已开通的实例才能结算工作空间。</translation>
    </message>
</context>
<context>
    <name>billing::MarketplaceBindingWidget</name>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Activate in the &amp;sandbox market</source>
        <translation>在沙箱云市场开通(&amp;S)</translation>
    </message>
    <message>
        <source>Open Alibaba Cloud &amp;Market</source>
        <translation>打开阿里云云市场(&amp;M)</translation>
    </message>
    <message>
        <source>Open Alibaba Cloud Market</source>
        <translation>打开阿里云云市场</translation>
    </message>
    <message>
        <source>How do I find these?</source>
        <translation>如何获取这些 ID？</translation>
    </message>
    <message>
        <source>Verify the instance</source>
        <translation>验证实例</translation>
    </message>
    <message>
        <source>Ask the Billing Center whether this instance exists, is opened and belongs to this Account ID.</source>
        <translation>向费用中心查询该实例是否存在、是否已开通以及是否属于该账号 ID。</translation>
    </message>
    <message>
        <source>Activate in the sandbox market</source>
        <translation>在沙箱云市场开通</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>账号 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Buy %1 in Huawei Cloud KooGallery first, then enter your Huawei Cloud Account ID and the instance ID of that purchase here.</source>
        <translation>请先在华为云云商店购买 %1，然后在此填写您的华为云账号 ID 和该订单的实例 ID。</translation>
    </message>
    <message>
        <source>Huawei Cloud Account ID</source>
        <translation>华为云账号 ID</translation>
    </message>
    <message>
        <source>32 characters, 0-9 and a-f</source>
        <translation>32 个字符，0-9 和 a-f</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>实例 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>KooGallery Instance ID</source>
        <translation>云商店实例 ID</translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation>字母、数字、- 和 _</translation>
    </message>
    <message>
        <source>Activate %1 on Alibaba Cloud Market first, then enter the IDs of that purchase here.</source>
        <translation>请先在阿里云云市场开通 %1，然后在此填写该订单的 ID。</translation>
    </message>
    <message>
        <source>Alibaba Cloud Account ID</source>
        <translation>阿里云账号 ID</translation>
    </message>
    <message>
        <source>16 digits, or name@UID of a RAM user</source>
        <translation>16 位数字，或 RAM 用户的 名称@UID</translation>
    </message>
    <message>
        <source>Product &amp;Instance ID:</source>
        <translation>商品实例 ID(&amp;N)：</translation>
    </message>
    <message>
        <source>Product Instance ID</source>
        <translation>商品实例 ID</translation>
    </message>
    <message>
        <source>e.g. 6227091</source>
        <translation>例如：6227091</translation>
    </message>
    <message>
        <source>Asking the Billing Center…</source>
        <translation>正在查询费用中心…</translation>
    </message>
    <message>
        <source>Could not open %1 in a web browser.</source>
        <translation>无法在浏览器中打开 %1。</translation>
    </message>
</context>
<context>
    <name>billing::MarketplaceHelpDialog</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>billing::MarketplaceHelpText</name>
    <message>
        <source>How do I find these?</source>
        <translation>如何获取这些 ID？</translation>
    </message>
    <message>
        <source>How do I subscribe?</source>
        <translation>如何订阅？</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happens then:&lt;/b&gt; the %1 Billing Center unbinds every workspace settled through this subscription and switches it to the %1 Billing Center account. You receive an email listing them, and each workspace&apos;s history records the change.</source>
        <translation>&lt;b&gt;退订之后：&lt;/b&gt;%1 费用中心会解绑通过该订阅结算的所有工作空间，并将它们切换为 %1 费用中心账户结算。您会收到一封列出这些工作空间的邮件，每个工作空间的历史记录中也会记下这次变更。</translation>
    </message>
    <message>
        <source>Bind the subscription in Billing Desk</source>
        <translation>在 Billing Desk 中绑定订阅</translation>
    </message>
    <message>
        <source>After you subscribe, the marketplace sends you to the %1 page, which shows a &lt;b&gt;claim code&lt;/b&gt; (XXXX-XXXX, valid for 30 minutes, used once) and a link that opens Billing Desk.</source>
        <translation>订阅后，云市场会将您带到 %1 页面，页面上显示&lt;b&gt;认领码&lt;/b&gt;（XXXX-XXXX，30 分钟内有效，只能使用一次）以及一个打开 Billing Desk 的链接。</translation>
    </message>
    <message>
        <source>Click the link, or paste the code in &lt;b&gt;Workspace → Bind marketplace subscription…&lt;/b&gt; (or in the registration&apos;s claim code field). The subscription then belongs to your account and can settle any number of workspaces.</source>
        <translation>点击该链接，或在&lt;b&gt;工作空间 → 绑定云市场订阅…&lt;/b&gt;中粘贴认领码（注册时也可填入认领码栏）。之后该订阅即属于您的账户，可以为任意数量的工作空间结算。</translation>
    </message>
    <message>
        <source>Activate %1 on Alibaba Cloud Market</source>
        <translation>在阿里云云市场开通 %1</translation>
    </message>
    <message>
        <source>Log in to &lt;a href=&quot;%1&quot;&gt;Alibaba Cloud Market&lt;/a&gt; and click &lt;b&gt;Activate Now&lt;/b&gt; on the %2 product page.</source>
        <translation>登录&lt;a href=&quot;%1&quot;&gt;阿里云云市场&lt;/a&gt;，在 %2 商品页面点击&lt;b&gt;立即开通&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>When asked to &lt;b&gt;activate the pay-as-you-go service&lt;/b&gt;, agree to the terms and click &lt;b&gt;Activate&lt;/b&gt;.</source>
        <translation>提示&lt;b&gt;开通按量付费服务&lt;/b&gt;时，同意相关条款并点击&lt;b&gt;开通&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activation Request Submitted&lt;/b&gt; is shown. Click &lt;b&gt;Confirm&lt;/b&gt;: the cloud market shows your activated %1 instance.</source>
        <translation>页面显示&lt;b&gt;开通申请已提交&lt;/b&gt;。点击&lt;b&gt;确认&lt;/b&gt;后，云市场会显示您已开通的 %1 实例。</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Log in to &lt;a href=&quot;https://www.aliyun.com&quot;&gt;Alibaba Cloud&lt;/a&gt; with the main account and open the console. Click the account avatar in the upper right corner: the Account ID (16 digits) is shown there.</source>
        <translation>使用主账号登录&lt;a href=&quot;https://www.aliyun.com&quot;&gt;阿里云&lt;/a&gt;并进入控制台，点击右上角的账号头像，即可看到账号 ID（16 位数字）。</translation>
    </message>
    <message>
        <source>A RAM sub-account is shown as &lt;i&gt;name@UID&lt;/i&gt;; paste it as it is, the UID after @ is kept.</source>
        <translation>RAM 子账号显示为 &lt;i&gt;名称@UID&lt;/i&gt;；可直接原样粘贴，系统会保留 @ 之后的 UID。</translation>
    </message>
    <message>
        <source>Product Instance ID</source>
        <translation>商品实例 ID</translation>
    </message>
    <message>
        <source>After you confirm the activation of %1, Alibaba Cloud shows the list of purchased services. Below the %1 service you can see the product&apos;s &lt;b&gt;Instance ID&lt;/b&gt;. Copy it into &lt;b&gt;Product Instance ID&lt;/b&gt;.</source>
        <translation>确认开通 %1 后，页面会跳转到阿里云的已购买服务列表。在 %1 服务下方可以看到该商品的&lt;b&gt;实例 ID&lt;/b&gt;，将其复制到&lt;b&gt;商品实例 ID&lt;/b&gt;中。</translation>
    </message>
    <message>
        <source>Check before you go on</source>
        <translation>继续之前先检查</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verify&lt;/b&gt; looks the instance up: it shows whether it is opened, expired or released, and whether it belongs to the Account ID you entered. One Alibaba Cloud account can settle many workspaces on many sites.</source>
        <translation>&lt;b&gt;验证&lt;/b&gt;会查询该实例：显示它是已开通、已过期还是已释放，以及它是否属于您填写的账号 ID。一个阿里云账号可以为多个站点的多个工作空间结算。</translation>
    </message>
    <message>
        <source>Cancel the subscription</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>In the Alibaba Cloud console, open &lt;b&gt;Cloud Market &amp;gt; Purchased Services&lt;/b&gt;.</source>
        <translation>在阿里云控制台中，进入&lt;b&gt;云市场 &amp;gt; 已购买的服务&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Find the %1 instance and click &lt;b&gt;Close&lt;/b&gt; at its top right corner.</source>
        <translation>找到 %1 实例，点击其右上角的&lt;b&gt;关闭&lt;/b&gt;按钮。</translation>
    </message>
    <message>
        <source>In the &lt;b&gt;Business Closure&lt;/b&gt; dialog, click &lt;b&gt;Confirm&lt;/b&gt;. The instance is marked &lt;b&gt;Closed&lt;/b&gt;: the subscription to %1 is cancelled on Alibaba Cloud.</source>
        <translation>在弹出的&lt;b&gt;业务关闭&lt;/b&gt;对话框中点击&lt;b&gt;确认&lt;/b&gt;。实例被标记为&lt;b&gt;已关闭&lt;/b&gt;，表示已在阿里云上取消对 %1 的订阅。</translation>
    </message>
    <message>
        <source>Buy %1 in Huawei Cloud KooGallery</source>
        <translation>在华为云云商店购买 %1</translation>
    </message>
    <message>
        <source>Log in to &lt;a href=&quot;https://www.huaweicloud.com&quot;&gt;Huawei Cloud&lt;/a&gt;, open &lt;b&gt;KooGallery&lt;/b&gt; (云商店), find %1 and click &lt;b&gt;Buy Now&lt;/b&gt;.</source>
        <translation>登录&lt;a href=&quot;https://www.huaweicloud.com&quot;&gt;华为云&lt;/a&gt;，打开&lt;b&gt;云商店&lt;/b&gt;，找到 %1 并点击&lt;b&gt;立即购买&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Choose the specification, agree to the terms and pay. KooGallery then lists the purchase under &lt;b&gt;My KooGallery &amp;gt; Purchased Services&lt;/b&gt; (我的云商店 &amp;gt; 已购买的服务).</source>
        <translation>选择规格，同意相关条款并付款。之后云商店会在&lt;b&gt;我的云商店 &amp;gt; 已购买的服务&lt;/b&gt;中列出该订单。</translation>
    </message>
    <message>
        <source>In the Huawei Cloud console, hover over your account name in the upper right corner and choose &lt;b&gt;My Credentials&lt;/b&gt; (我的凭证). The &lt;b&gt;Account ID&lt;/b&gt; (账号ID) has 32 characters, digits and the letters a-f; paste it as it is, upper-case letters and surrounding spaces are fixed.</source>
        <translation>在华为云控制台中，将鼠标悬停在右上角的账号名上，选择&lt;b&gt;我的凭证&lt;/b&gt;。&lt;b&gt;账号 ID&lt;/b&gt; 为 32 个字符，由数字和字母 a-f 组成；可直接原样粘贴，大写字母和首尾空格会被自动修正。</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>In &lt;b&gt;My KooGallery &amp;gt; Purchased Services&lt;/b&gt;, the %1 purchase shows its &lt;b&gt;Instance ID&lt;/b&gt;. Copy it into &lt;b&gt;Instance ID&lt;/b&gt;.</source>
        <translation>在&lt;b&gt;我的云商店 &amp;gt; 已购买的服务&lt;/b&gt;中，%1 订单会显示其&lt;b&gt;实例 ID&lt;/b&gt;。将其复制到&lt;b&gt;实例 ID&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verify&lt;/b&gt; looks the instance up: it shows whether it is opened, expired or released, and whether it belongs to the Account ID you entered.</source>
        <translation>&lt;b&gt;验证&lt;/b&gt;会查询该实例：显示它是已开通、已过期还是已释放，以及它是否属于您填写的账号 ID。</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;KooGallery &amp;gt; My KooGallery &amp;gt; Purchased Services&lt;/b&gt; (云商店 &amp;gt; 我的云商店 &amp;gt; 已购买的服务).</source>
        <translation>打开&lt;b&gt;云商店 &amp;gt; 我的云商店 &amp;gt; 已购买的服务&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Find the %1 purchase and choose &lt;b&gt;Unsubscribe&lt;/b&gt; (退订).</source>
        <translation>找到 %1 订单，选择&lt;b&gt;退订&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Confirm the unsubscription. When KooGallery releases the instance, the subscription to %1 is over.</source>
        <translation>确认退订。云商店释放该实例后，对 %1 的订阅即告结束。</translation>
    </message>
    <message>
        <source>Subscribe in AWS Marketplace</source>
        <translation>在 AWS 云市场订阅</translation>
    </message>
    <message>
        <source>Log in to the &lt;a href=&quot;https://aws.amazon.com/marketplace&quot;&gt;AWS Marketplace&lt;/a&gt;, find %1 and click &lt;b&gt;View purchase options&lt;/b&gt;, then &lt;b&gt;Subscribe&lt;/b&gt;.</source>
        <translation>登录 &lt;a href=&quot;https://aws.amazon.com/marketplace&quot;&gt;AWS 云市场&lt;/a&gt;，找到 %1，点击 &lt;b&gt;View purchase options&lt;/b&gt;（查看购买选项），然后点击 &lt;b&gt;Subscribe&lt;/b&gt;（订阅）。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Set up your account&lt;/b&gt;: AWS opens the %1 page in your browser.</source>
        <translation>点击 &lt;b&gt;Set up your account&lt;/b&gt;（设置账户）：AWS 会在浏览器中打开 %1 页面。</translation>
    </message>
    <message>
        <source>In the AWS console, open &lt;b&gt;AWS Marketplace &amp;gt; Manage subscriptions&lt;/b&gt;.</source>
        <translation>在 AWS 控制台中，打开 &lt;b&gt;AWS Marketplace &amp;gt; Manage subscriptions&lt;/b&gt;（管理订阅）。</translation>
    </message>
    <message>
        <source>Choose the %1 subscription, then &lt;b&gt;Actions &amp;gt; Cancel subscription&lt;/b&gt;.</source>
        <translation>选择 %1 订阅，然后点击 &lt;b&gt;Actions &amp;gt; Cancel subscription&lt;/b&gt;（操作 &amp;gt; 取消订阅）。</translation>
    </message>
    <message>
        <source>Confirm. AWS sends the last usage and ends the subscription.</source>
        <translation>确认。AWS 会提交最后的用量并结束订阅。</translation>
    </message>
    <message>
        <source>Subscribe in Azure Marketplace</source>
        <translation>在 Azure 云市场订阅</translation>
    </message>
    <message>
        <source>In the &lt;a href=&quot;https://portal.azure.com&quot;&gt;Azure portal&lt;/a&gt;, open &lt;b&gt;Marketplace&lt;/b&gt;, find %1 and click &lt;b&gt;Subscribe&lt;/b&gt;.</source>
        <translation>在 &lt;a href=&quot;https://portal.azure.com&quot;&gt;Azure 门户&lt;/a&gt;中打开&lt;b&gt;市场&lt;/b&gt;，找到 %1 并点击&lt;b&gt;订阅&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Choose the plan and click &lt;b&gt;Review + subscribe&lt;/b&gt;, then &lt;b&gt;Configure account now&lt;/b&gt;: Azure opens the %1 page in your browser.</source>
        <translation>选择套餐并点击&lt;b&gt;查看 + 订阅&lt;/b&gt;，然后点击&lt;b&gt;立即配置帐户&lt;/b&gt;：Azure 会在浏览器中打开 %1 页面。</translation>
    </message>
    <message>
        <source>In the Azure portal, open &lt;b&gt;Software as a Service (SaaS)&lt;/b&gt;.</source>
        <translation>在 Azure 门户中打开&lt;b&gt;软件即服务 (SaaS)&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Choose the %1 subscription and click &lt;b&gt;Cancel subscription&lt;/b&gt;.</source>
        <translation>选择 %1 订阅并点击&lt;b&gt;取消订阅&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Confirm. Azure ends the subscription.</source>
        <translation>确认。Azure 会结束该订阅。</translation>
    </message>
</context>
<context>
    <name>billing::MeteringRecordModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Usage period</source>
        <translation>用量时段</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
</context>
<context>
    <name>billing::NotificationsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Mails the Billing Center sent to this account, newest first. The local sandbox sends no real e-mail: this is where its mails arrive.</source>
        <translation>费用中心发送给此账号的邮件，最新的在前。本地沙箱不会发送真实邮件：它的邮件都显示在这里。</translation>
    </message>
    <message>
        <source>Mails the Billing Center sent to this account, newest first: for example when a marketplace subscription ends and workspaces change settlement.</source>
        <translation>费用中心发送给此账号的邮件，最新的在前：例如云市场订阅结束、工作空间变更结算方式时。</translation>
    </message>
    <message>
        <source>Refresh the notifications</source>
        <translation>刷新通知</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation>邮件正文</translation>
    </message>
    <message>
        <source>Select a mail to read it.</source>
        <translation>选择一封邮件以阅读。</translation>
    </message>
    <message>
        <source>Loading notifications…</source>
        <translation>正在加载通知…</translation>
    </message>
    <message>
        <source>Could not load the notifications: %1</source>
        <translation>无法加载通知：%1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>还没有通知。</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s).</source>
        <translation>
            <numerusform>%n 条通知。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::OverviewTab</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Workspaces per site and settlement method</source>
        <translation>按站点和结算方式统计的工作空间</translation>
    </message>
    <message>
        <source>Coming lock dates</source>
        <translation>即将锁定的日期</translation>
    </message>
    <message>
        <source>No workspaces yet. Once the account has workspaces, this chart shows how many each site has per settlement method.</source>
        <translation>还没有工作空间。账号有了工作空间后，此图表会显示每个站点按结算方式划分的工作空间数量。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Locks on</source>
        <translation>锁定时间</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Workspaces whose marketplace subscription expired. They lock on the date shown unless the subscription is renewed or the settlement method is changed.</source>
        <translation>云市场订阅已到期的工作空间。除非续订或变更结算方式，否则它们将在所示日期被锁定。</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s). Click a bar to show those workspaces in the table.</source>
        <translation>
            <numerusform>共 %n 个工作空间。点击条形可在表格中显示这些工作空间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming lock dates: none</source>
        <translation>即将锁定的日期：无</translation>
    </message>
    <message numerus="yes">
        <source>Coming lock dates (%n workspace(s))</source>
        <translation>
            <numerusform>即将锁定的日期（%n 个工作空间）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::PasswordStrength</name>
    <message>
        <source>Too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>billing::PlanDiff</name>
    <message>
        <source>no workspace %1 on the server for this account</source>
        <translation>服务器上该账号下没有工作空间 %1</translation>
    </message>
    <message>
        <source>workspace %1 is on site %2; a workspace cannot move to another site</source>
        <translation>工作空间 %1 位于站点 %2；工作空间不能迁移到其他站点</translation>
    </message>
    <message>
        <source>%1 is not offered on site %2</source>
        <translation>站点 %2 不提供 %1</translation>
    </message>
    <message>
        <source>cannot check that this account has claimed the %1 subscription %2 (%3); nothing is staged unchecked</source>
        <translation>无法检查该账号是否已认领%1订阅 %2（%3）；未经检查的行不会暂存</translation>
    </message>
    <message>
        <source>this account has not claimed the %1 subscription %2: claim it first with its claim link or code (Workspace → Bind marketplace subscription…)</source>
        <translation>该账号尚未认领%1订阅 %2：请先通过其认领链接或认领码认领（“工作空间 → 绑定云市场订阅…”）</translation>
    </message>
</context>
<context>
    <name>billing::PlanImportDialog</name>
    <message>
        <source>Import Plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <source>Plan file: %1</source>
        <translation>计划文件：%1</translation>
    </message>
    <message>
        <source>Problems in the plan</source>
        <translation>计划中的问题</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The file cannot be read; nothing can be staged.</source>
        <translation>无法读取该文件；没有可暂存的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; no row can be staged.</source>
        <translation>
            <numerusform>发现 %n 个问题；没有可暂存的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to stage, </source>
        <translation>
            <numerusform>%n 项变更待暂存，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unchanged.</source>
        <translation>
            <numerusform>%n 行未变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: the rows below are not staged.</source>
        <translation>
            <numerusform>发现 %n 个问题：以下各行不会被暂存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every workspace is already as planned.</source>
        <translation>所有工作空间均已与计划一致。</translation>
    </message>
    <message>
        <source>Nothing is sent to the server until you apply the staged changes.</source>
        <translation>在您应用暂存的变更之前，不会向服务器发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stage %n change(s)</source>
        <translation>
            <numerusform>暂存 %n 项变更(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>正在读取计划</translation>
    </message>
    <message>
        <source>&amp;Stage changes</source>
        <translation>暂存变更(&amp;S)</translation>
    </message>
    <message>
        <source>working offline</source>
        <translation>正在离线工作</translation>
    </message>
    <message>
        <source>Read as CSV, %1.</source>
        <translation>已按 CSV 读取，%1。</translation>
    </message>
</context>
<context>
    <name>billing::PlanIssue</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>第 %1 行，第 %2 列（%3）：%4</translation>
    </message>
</context>
<context>
    <name>billing::PlanReader</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>not valid CSV (%1), e.g. a quote inside an unquoted field or an unterminated quoted field</source>
        <translation>不是有效的 CSV（%1），例如未加引号的字段中含有引号，或引号字段未闭合</translation>
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation>文件为空；应包含表头 %1</translation>
    </message>
    <message>
        <source>unknown or repeated column &quot;%1&quot;</source>
        <translation>未知或重复的列“%1”</translation>
    </message>
    <message>
        <source>missing columns: %1 (the header is %2)</source>
        <translation>缺少列：%1（表头为 %2）</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the workspace id is missing</source>
        <translation>缺少工作空间 ID</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a plan is a JSON object</source>
        <translation>计划必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>not a Billing Desk workspace export (format must be &quot;%1&quot;)</source>
        <translation>不是 Billing Desk 工作空间导出文件（format 必须为“%1”）</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>缺失或不是数字</translation>
    </message>
    <message>
        <source>unsupported version %1 (this program reads version %2)</source>
        <translation>不支持的版本 %1（本程序读取版本 %2）</translation>
    </message>
    <message>
        <source>missing the workspaces array</source>
        <translation>缺少 workspaces 数组</translation>
    </message>
    <message>
        <source>each workspace must be a JSON object</source>
        <translation>每个工作空间都必须是 JSON 对象</translation>
    </message>
    <message>
        <source>the settlement is missing</source>
        <translation>缺少结算信息</translation>
    </message>
    <message>
        <source>the settlement method is missing</source>
        <translation>缺少结算方式</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; a plan may be at most %3 MiB.</source>
        <translation>%1 大小为 %2 MiB；计划文件最大为 %3 MiB。</translation>
    </message>
    <message>
        <source>the plan has %1 rows; a plan may have at most %2 rows</source>
        <translation>该计划有 %1 行；计划最多可有 %2 行</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>%1, separated by %2</source>
        <translation>%1，以%2分隔</translation>
    </message>
    <message>
        <source>the header row has none of the expected columns (%1) separated by commas, semicolons or tabs; it reads &quot;%2&quot;</source>
        <translation>表头行中没有以逗号、分号或制表符分隔的预期列（%1）；表头内容为“%2”</translation>
    </message>
    <message>
        <source>neither valid UTF-8 nor GB18030 text</source>
        <translation>既不是有效的 UTF-8 文本，也不是有效的 GB18030 文本</translation>
    </message>
    <message>
        <source>not valid %1 text (an odd number of bytes or an unpaired surrogate); save the file from the spreadsheet again</source>
        <translation>不是有效的 %1 文本（字节数为奇数或含有不成对的代理项）；请在电子表格中重新保存该文件</translation>
    </message>
    <message>
        <source>%1: the spreadsheet stored the account ID as a number (%2) and lost its last digits; format the column as Text and type the ID again</source>
        <translation>%1：电子表格把账号 ID 存成了数字（%2），末尾几位已丢失；请将该列设置为“文本”格式后重新输入 ID</translation>
    </message>
    <message>
        <source>%1: the spreadsheet stored the instance ID as a number (%2) and lost its last digits; format the column as Text and type the ID again</source>
        <translation>%1：电子表格把实例 ID 存成了数字（%2），末尾几位已丢失；请将该列设置为“文本”格式后重新输入 ID</translation>
    </message>
    <message>
        <source>%1: the spreadsheet stored the subscription ID as a number (%2) and lost its last digits; format the column as Text and type the ID again</source>
        <translation>%1：电子表格把订阅 ID 存成了数字（%2），末尾几位已丢失；请将该列设置为“文本”格式后重新输入 ID</translation>
    </message>
    <message>
        <source>cannot read the workbook: %1</source>
        <translation>无法读取工作簿：%1</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; is empty; expected the header %2 in its first row</source>
        <translation>工作表“%1”为空；第一行应为表头 %2</translation>
    </message>
</context>
<context>
    <name>billing::PlanValidator</name>
    <message>
        <source>&quot;%1&quot; is not a workspace id (ws_ and 16 hexadecimal digits)</source>
        <translation>“%1”不是工作空间 ID（ws_ 加 16 位十六进制数字）</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;</source>
        <translation>未知站点“%1”</translation>
    </message>
    <message>
        <source>the language is &quot;zh&quot; or &quot;en&quot;, not &quot;%1&quot;</source>
        <translation>语言应为“zh”或“en”，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (active, lock_pending or locked)</source>
        <translation>未知状态“%1”（应为 active、lock_pending 或 locked）</translation>
    </message>
    <message>
        <source>unknown settlement method &quot;%1&quot; (one of %2)</source>
        <translation>未知结算方式“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>%1 is not offered on site %2</source>
        <translation>站点 %2 不提供 %1</translation>
    </message>
    <message>
        <source>workspace %1 appears again (first on line %2)</source>
        <translation>工作空间 %1 重复出现（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>%1 names no marketplace account or subscription; leave this empty</source>
        <translation>%1 不指定云市场账号或订阅，请将此项留空</translation>
    </message>
    <message>
        <source>%1 does not use this field; it is named by %2 only</source>
        <translation>%1 不使用此字段，它只由 %2 指定</translation>
    </message>
</context>
<context>
    <name>billing::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Preferences sections</source>
        <translation>首选项分类</translation>
    </message>
    <message>
        <source>Server &amp;profiles</source>
        <translation>服务器配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>billing::ProfileForm</name>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Billing Center address</source>
        <translation>费用中心地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例如：生产环境</translation>
    </message>
    <message>
        <source>https://billing.example.com</source>
        <translation>https://billing.example.com</translation>
    </message>
    <message>
        <source>Optional: filled in at sign-in</source>
        <translation>可选：登录时填写</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>billing::ProfileStore</name>
    <message>
        <source>The local sandbox profile cannot be changed.</source>
        <translation>本地沙箱配置不可修改。</translation>
    </message>
    <message>
        <source>This server profile no longer exists.</source>
        <translation>该服务器配置已不存在。</translation>
    </message>
    <message>
        <source>The local sandbox profile cannot be removed.</source>
        <translation>本地沙箱配置不可删除。</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
    <message>
        <source>Enter a name for this server.</source>
        <translation>请为该服务器输入名称。</translation>
    </message>
    <message>
        <source>Another server is already called &quot;%1&quot;.</source>
        <translation>已有服务器名为“%1”。</translation>
    </message>
</context>
<context>
    <name>billing::RegistrationController</name>
    <message>
        <source>Stopped. Everything you entered is kept; press Retry to send it again.</source>
        <translation>已停止。您填写的内容均已保留；点击“重试”可再次发送。</translation>
    </message>
    <message>
        <source>A code was sent to %1. It is valid for 10 minutes.</source>
        <translation>验证码已发送至 %1，10 分钟内有效。</translation>
    </message>
    <message>
        <source>This code is for a %1 subscription (%2), not for %3: choose %1 above, or paste a code of %3.</source>
        <translation>此认领码对应的是%1订阅（%2），而不是%3：请在上方选择%1，或粘贴%3的认领码。</translation>
    </message>
</context>
<context>
    <name>billing::RegistrationErrorMapping</name>
    <message>
        <source>This username is already taken. Choose another one.</source>
        <translation>该用户名已被占用，请换一个。</translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Send a new code and enter it.</source>
        <translation>验证码错误或已过期。请重新发送验证码并填写。</translation>
    </message>
    <message>
        <source>The Billing Center refused this value: %1</source>
        <translation>费用中心拒绝了该值：%1</translation>
    </message>
    <message>
        <source>Check the Account ID: it is not the owner of this instance.</source>
        <translation>请检查账号 ID：它不是该实例的所有者。</translation>
    </message>
    <message>
        <source>This claim code is wrong, was already used or has expired (a code lasts 30 minutes).</source>
        <translation>该认领码错误、已被使用或已过期（认领码有效期为 30 分钟）。</translation>
    </message>
</context>
<context>
    <name>billing::RegistrationForm</name>
    <message>
        <source>not offered on site %1</source>
        <translation>站点 %1 不提供</translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation>请选择站点。</translation>
    </message>
    <message>
        <source>Accept the terms of service to continue.</source>
        <translation>请同意服务条款后继续。</translation>
    </message>
    <message>
        <source>Choose an activation method offered here.</source>
        <translation>请选择此处提供的开通方式。</translation>
    </message>
    <message>
        <source>Agree to the terms to activate.</source>
        <translation>请同意条款后开通。</translation>
    </message>
</context>
<context>
    <name>billing::RegistrationRules</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Use only letters A-Z, digits and the characters . _ -</source>
        <translation>只能使用字母 A-Z、数字以及 . _ - 字符</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters.</source>
        <translation>请使用 %1 到 %2 个字符。</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>最多使用 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>Enter the password again.</source>
        <translation>请再次输入密码。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>请输入类似 name@example.com 的邮箱地址。</translation>
    </message>
    <message>
        <source>Required. Press &quot;Send code&quot; and enter the code from the e-mail.</source>
        <translation>必填。请点击“发送验证码”，并填写邮件中的验证码。</translation>
    </message>
    <message>
        <source>The code has %1 digits.</source>
        <translation>验证码为 %1 位数字。</translation>
    </message>
    <message>
        <source>Use %1 to %2 digits, optionally starting with +; spaces and dashes may separate them.</source>
        <translation>请使用 %1 到 %2 位数字，可以以 + 开头；数字之间可用空格或短横线分隔。</translation>
    </message>
    <message>
        <source>Choose Chinese or English.</source>
        <translation>请选择中文或英文。</translation>
    </message>
</context>
<context>
    <name>billing::RegistrationWizard</name>
    <message>
        <source>Register with %1</source>
        <translation>注册 %1</translation>
    </message>
</context>
<context>
    <name>billing::SandboxInputs</name>
    <message>
        <source>An AWS account ID is 12 digits.</source>
        <translation>AWS 账号 ID 为 12 位数字。</translation>
    </message>
    <message>
        <source>A plan ID is 1 to 50 characters.</source>
        <translation>套餐 ID 为 1 到 50 个字符。</translation>
    </message>
    <message>
        <source>The quantity is a whole number from 1 to %1.</source>
        <translation>数量为 1 到 %1 之间的整数。</translation>
    </message>
</context>
<context>
    <name>billing::SandboxLauncher</name>
    <message>
        <source>The sandbox server was not found at %1. Reinstall Billing Desk or choose another server.</source>
        <translation>在 %1 未找到沙箱服务器。请重新安装 Billing Desk 或选择其他服务器。</translation>
    </message>
    <message>
        <source>Could not create the sandbox data folder %1.</source>
        <translation>无法创建沙箱数据文件夹 %1。</translation>
    </message>
    <message>
        <source>The sandbox server crashed while starting.</source>
        <translation>沙箱服务器在启动时崩溃。</translation>
    </message>
    <message>
        <source>The sandbox server stopped before it was ready (exit code %1).</source>
        <translation>沙箱服务器在就绪前已停止（退出码 %1）。</translation>
    </message>
    <message>
        <source>The sandbox server at %1 could not be started: %2</source>
        <translation>无法启动位于 %1 的沙箱服务器：%2</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox server did not answer within %n second(s).</source>
        <translation>
            <numerusform>沙箱服务器在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::SandboxMailboxWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Sandbox mailbox</source>
        <translation>沙箱邮箱</translation>
    </message>
    <message>
        <source>The sandbox sends no real e-mail. Every mail it would have sent is listed here, newest first.</source>
        <translation>沙箱不会发送真实邮件。它本应发送的每一封邮件都列在这里，最新的在前。</translation>
    </message>
    <message>
        <source>Show mails to</source>
        <translation>显示发给以下地址的邮件</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>全部收件人</translation>
    </message>
    <message>
        <source>Refresh the mailbox</source>
        <translation>刷新邮箱</translation>
    </message>
    <message>
        <source>Mails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation>邮件正文</translation>
    </message>
    <message>
        <source>Show mails &amp;to:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s).</source>
        <translation>
            <numerusform>共 %n 封邮件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::SandboxMarketConsole</name>
    <message>
        <source>Subscribed: %1. Bind it in Billing Desk with the claim code.</source>
        <translation>已订阅：%1。请在 Billing Desk 中用认领码绑定它。</translation>
    </message>
    <message>
        <source>Subscribed: %1. Bind a workspace with these IDs in Change settlement.</source>
        <translation>已订阅：%1。请在“变更结算方式”中用这些 ID 绑定工作空间。</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <source>The %1 sandbox market does not know this subscription or this action.</source>
        <translation>%1 沙箱云市场不认识此订阅或此操作。</translation>
    </message>
    <message>
        <source>This Billing Center has no %1 sandbox market.</source>
        <translation>此费用中心没有 %1 沙箱云市场。</translation>
    </message>
</context>
<context>
    <name>billing::SandboxMarketProfile</name>
    <message>
        <source>Expire</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>The subscription expires: its workspaces&apos; 14-day lock countdown starts.</source>
        <translation>订阅到期：其工作空间开始 14 天锁定倒计时。</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>The subscription is renewed: any lock countdown ends.</source>
        <translation>订阅已续费：锁定倒计时随之结束。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>The subscription ends: its workspaces go back to the Billing Center account and the owner gets a mail.</source>
        <translation>订阅结束：其工作空间改回费用中心账户结算，所有者会收到一封邮件。</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>The buyer cancels: the subscription ends, its workspaces go back to the Billing Center account and the owner gets a mail.</source>
        <translation>买家退订：订阅结束，其工作空间改回费用中心账户结算，所有者会收到一封邮件。</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>订阅失败</translation>
    </message>
    <message>
        <source>AWS reports that the subscription failed: it stays pending and cannot be bound.</source>
        <translation>AWS 通知订阅失败：订阅保持待处理状态，不能绑定。</translation>
    </message>
    <message>
        <source>Subscribe again</source>
        <translation>重新订阅</translation>
    </message>
    <message>
        <source>AWS reports a successful subscription again.</source>
        <translation>AWS 再次通知订阅成功。</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>KooGallery freezes the instance: its workspaces&apos; 14-day lock countdown starts.</source>
        <translation>云商店冻结实例：其工作空间开始 14 天锁定倒计时。</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>KooGallery unfreezes the instance: any lock countdown ends.</source>
        <translation>云商店解冻实例：锁定倒计时随之结束。</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Azure suspends the subscription: its workspaces&apos; 14-day lock countdown starts.</source>
        <translation>Azure 暂停订阅：其工作空间开始 14 天锁定倒计时。</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Azure reinstates the subscription: any lock countdown ends.</source>
        <translation>Azure 恢复订阅：锁定倒计时随之结束。</translation>
    </message>
</context>
<context>
    <name>billing::SandboxMarketTab</name>
    <message>
        <source>&amp;Refresh status</source>
        <translation>刷新状态(&amp;R)</translation>
    </message>
    <message>
        <source>Subscribe as a buyer</source>
        <translation>以买家身份订阅</translation>
    </message>
    <message>
        <source>Take to Billing Desk</source>
        <translation>带到 Billing Desk</translation>
    </message>
    <message>
        <source>Waiting for the marketplace…</source>
        <translation>正在等待云市场…</translation>
    </message>
    <message>
        <source>Subscriptions made here</source>
        <translation>在此创建的订阅</translation>
    </message>
    <message>
        <source>The status and bound workspaces of the subscriptions this account claimed or bound</source>
        <translation>本账户已认领或已绑定的订阅的状态和绑定的工作空间</translation>
    </message>
</context>
<context>
    <name>billing::SandboxMarketsWindow</name>
    <message>
        <source>&amp;Advance one day</source>
        <translation>前进一天(&amp;A)</translation>
    </message>
    <message>
        <source>Sandbox markets</source>
        <translation>沙箱云市场</translation>
    </message>
    <message>
        <source>Each tab plays a marketplace&apos;s console: subscribe as a buyer, take the claim code or the IDs to Billing Desk, and end the subscription as the marketplace would. Nothing here is real.</source>
        <translation>每个标签页扮演一个云市场的控制台：以买家身份订阅，把认领码或 ID 带到 Billing Desk，并像云市场那样结束订阅。这里的一切都不是真实的。</translation>
    </message>
    <message>
        <source>Move the sandbox clock 24 hours on: the day is settled and its usage pushed to the marketplaces</source>
        <translation>将沙箱时钟向前拨 24 小时：当天完成结算，其用量推送到各云市场</translation>
    </message>
    <message>
        <source>Sandbox clock: %1.</source>
        <translation>沙箱时钟：%1。</translation>
    </message>
    <message>
        <source>Sandbox clock: %1. The day before is being settled; its usage shows under Metering once it is pushed to the marketplace (Refresh metering in a few seconds).</source>
        <translation>沙箱时钟：%1。前一天正在结算；其用量推送到云市场后会显示在“计量”中（几秒后请刷新计量）。</translation>
    </message>
</context>
<context>
    <name>billing::SandboxMeteringPanel</name>
    <message>
        <source>Re&amp;fresh metering</source>
        <translation>刷新计量(&amp;F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Metering&lt;/b&gt;: the usage this market accepted from Billing Center for the selected subscription</source>
        <translation>&lt;b&gt;计量&lt;/b&gt;：此云市场从费用中心接收的所选订阅的用量</translation>
    </message>
    <message>
        <source>Metering records</source>
        <translation>计量记录</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Select a subscription to see its usage records.</source>
        <translation>选择一个订阅以查看其用量记录。</translation>
    </message>
    <message>
        <source>No usage records yet. Usage is pushed after the clock passes a day (Advance one day) for the days a workspace was bound.</source>
        <translation>暂无用量记录。时钟走过一天（前进一天）后，会推送工作空间绑定期间各天的用量。</translation>
    </message>
    <message>
        <source>The first %1 of %2 records.</source>
        <translation>共 %2 条记录中的前 %1 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::SandboxSubscribeForm</name>
    <message>
        <source>Alibaba Cloud &amp;UID:</source>
        <translation>阿里云 UID(&amp;U)：</translation>
    </message>
    <message>
        <source>AWS &amp;account ID:</source>
        <translation>AWS 账号 ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Huawei Cloud &amp;account ID:</source>
        <translation>华为云账号 ID(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>套餐(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>订阅(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;buyer</source>
        <translation>新买家(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Trial</source>
        <translation>试用(&amp;T)</translation>
    </message>
    <message>
        <source>Any (the sandbox picks one)</source>
        <translation>任意（由沙箱选择）</translation>
    </message>
    <message>
        <source>Subscribe in the %1 sandbox market</source>
        <translation>在 %1 沙箱云市场订阅</translation>
    </message>
    <message>
        <source>Fill in another valid buyer</source>
        <translation>填入另一个有效买家</translation>
    </message>
</context>
<context>
    <name>billing::SandboxSubscriptionModel</name>
    <message>
        <source>Pending: claim it to activate</source>
        <translation>待处理：认领后激活</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Active (trial)</source>
        <translation>有效（试用）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>%1, plan %2 × %3</source>
        <translation>%1，套餐 %2 × %3</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
</context>
<context>
    <name>billing::SandboxSubscriptionPanel</name>
    <message>
        <source>&amp;Copy code</source>
        <translation>复制认领码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation>认领码</translation>
    </message>
    <message>
        <source>IDs for Change settlement</source>
        <translation>用于变更结算方式的 ID</translation>
    </message>
    <message>
        <source>&amp;Bind in Billing Desk…</source>
        <translation>在 Billing Desk 中绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>Account ID: %1
Instance ID: %2</source>
        <translation>账号 ID：%1
实例 ID：%2</translation>
    </message>
    <message>
        <source>Select a subscription.</source>
        <translation>请选择一个订阅。</translation>
    </message>
    <message>
        <source>Valid for 30 minutes and once: claiming it makes the subscription this account&apos;s. Then bind workspaces to it in Change settlement.</source>
        <translation>30 分钟内有效，仅可使用一次：认领后订阅归本账户所有。然后在“变更结算方式”中把工作空间绑定到它。</translation>
    </message>
    <message>
        <source>Change settlement takes these IDs for the workspaces this subscription pays for.</source>
        <translation>在“变更结算方式”中为由此订阅付费的工作空间填写这些 ID。</translation>
    </message>
    <message>
        <source>The claim code was copied.</source>
        <translation>认领码已复制。</translation>
    </message>
    <message>
        <source>The IDs were copied.</source>
        <translation>ID 已复制。</translation>
    </message>
</context>
<context>
    <name>billing::ServerOptions</name>
    <message>
        <source>Billing Center address.</source>
        <translation>费用中心地址。</translation>
    </message>
    <message>
        <source>Billing Center username.</source>
        <translation>费用中心用户名。</translation>
    </message>
    <message>
        <source>--server URL is required.</source>
        <translation>必须指定 --server URL。</translation>
    </message>
    <message>
        <source>--username NAME is required.</source>
        <translation>必须指定 --username NAME。</translation>
    </message>
</context>
<context>
    <name>billing::ServerProfilesPage</name>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Forget stored credentials</source>
        <translation>清除已保存的凭据(&amp;F)</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Add a server profile</source>
        <translation>添加服务器配置</translation>
    </message>
    <message>
        <source>Save the server profile</source>
        <translation>保存服务器配置</translation>
    </message>
    <message>
        <source>Remove the server profile</source>
        <translation>删除服务器配置</translation>
    </message>
    <message>
        <source>Forget stored credentials</source>
        <translation>清除已保存的凭据</translation>
    </message>
    <message>
        <source>Removes the saved password and session of this profile&apos;s user from the system keychain.</source>
        <translation>从系统钥匙串中删除此配置的用户已保存的密码和会话。</translation>
    </message>
    <message>
        <source>The local sandbox is built in: it cannot be changed or removed.</source>
        <translation>本地沙箱为内置配置，不能修改或删除。</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新服务器</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>请先保存此配置。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Remove the server profile &quot;%1&quot;? Stored passwords are not affected.</source>
        <translation>删除服务器配置“%1”？已保存的密码不受影响。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Removing from the system keychain…</source>
        <translation>正在从系统钥匙串中删除…</translation>
    </message>
</context>
<context>
    <name>billing::SettlementEligibility</name>
    <message>
        <source>The workspace is already settled this way; there is nothing to change.</source>
        <translation>该工作空间已是此结算方式，无需变更。</translation>
    </message>
    <message>
        <source>This settlement method is not offered on the workspace&apos;s site.</source>
        <translation>该工作空间所在站点不提供此结算方式。</translation>
    </message>
    <message>
        <source>The settlement method changes at most once per calendar month; the next change is allowed from %1 (UTC).</source>
        <translation>结算方式每个自然月最多变更一次；下次可变更时间为 %1（UTC）起。</translation>
    </message>
    <message>
        <source>The workspace is settled through a live %1 subscription; it can only go back to the Billing Center account.</source>
        <translation>该工作空间通过有效的%1订阅结算，只能改回费用中心账户结算。</translation>
    </message>
</context>
<context>
    <name>billing::SettlementMethod</name>
    <message>
        <source>Billing Center account</source>
        <translation>费用中心账户</translation>
    </message>
    <message>
        <source>Alibaba Cloud account settlement</source>
        <translation>阿里云账号结算</translation>
    </message>
    <message>
        <source>AWS account settlement</source>
        <translation>AWS 账号结算</translation>
    </message>
    <message>
        <source>Huawei Cloud account settlement</source>
        <translation>华为云账号结算</translation>
    </message>
    <message>
        <source>Azure account settlement</source>
        <translation>Azure 账号结算</translation>
    </message>
</context>
<context>
    <name>billing::SiteText</name>
    <message>
        <source>China 1 (Hangzhou)</source>
        <translation>中国区1（杭州）</translation>
    </message>
    <message>
        <source>China 2 (Ningxia)</source>
        <translation>中国区2（宁夏）</translation>
    </message>
    <message>
        <source>China 4 (Guangzhou)</source>
        <translation>中国区4（广州）</translation>
    </message>
    <message>
        <source>China 6 (Hong Kong)</source>
        <translation>中国区6（香港）</translation>
    </message>
    <message>
        <source>Overseas 1 (Oregon)</source>
        <translation>海外区1（俄勒冈）</translation>
    </message>
    <message>
        <source>Europe 1 (Frankfurt)</source>
        <translation>欧洲区1（法兰克福）</translation>
    </message>
    <message>
        <source>Asia-Pacific 1 (Singapore)</source>
        <translation>亚太区1（新加坡）</translation>
    </message>
    <message>
        <source>Africa 1 (South Africa)</source>
        <translation>非洲区1（南非）</translation>
    </message>
    <message>
        <source>Indonesia 1 (Jakarta)</source>
        <translation>印尼区1（雅加达）</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Alibaba Cloud (international)</source>
        <translation>阿里云（国际）</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>billing::StagingCommands</name>
    <message numerus="yes">
        <source>Stage %n change(s)</source>
        <translation>
            <numerusform>暂存 %n 项变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstage %n change(s)</source>
        <translation>
            <numerusform>取消暂存 %n 项变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-stage %n change(s)</source>
        <translation>
            <numerusform>重新暂存 %n 项变更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::StatementSummaryView</name>
    <message>
        <source>Totals by payer</source>
        <translation>按付费方合计</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>云市场</translation>
    </message>
    <message>
        <source>Totals by item</source>
        <translation>按计费项合计</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>计费项</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Totals by site</source>
        <translation>按站点合计</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Total for %1: %2</source>
        <translation>%1合计：%2</translation>
    </message>
    <message>
        <source>Every line was reported to the marketplace, which bills it.</source>
        <translation>所有明细均已上报云市场，由其计费。</translation>
    </message>
    <message>
        <source>Some lines are waiting to be reported to the marketplace.</source>
        <translation>部分明细正在等待上报云市场。</translation>
    </message>
    <message>
        <source>The marketplace did not accept some lines before the deadline.</source>
        <translation>云市场在截止时间前未接受部分明细。</translation>
    </message>
    <message>
        <source>Last refusal: %1</source>
        <translation>最近一次拒绝：%1</translation>
    </message>
</context>
<context>
    <name>billing::StoredCredentials</name>
    <message>
        <source>No user name is saved in this profile, so no stored sign-in is known.</source>
        <translation>此配置未保存用户名，因此没有已知的已保存登录信息。</translation>
    </message>
    <message>
        <source>This profile has no server address yet.</source>
        <translation>此配置尚无服务器地址。</translation>
    </message>
    <message>
        <source>The stored password and session of %1 on %2 were removed.</source>
        <translation>已删除 %1 在 %2 上保存的密码和会话。</translation>
    </message>
</context>
<context>
    <name>billing::SubmissionStatusWidget</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>停止发送</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>正在创建账号…</translation>
    </message>
    <message>
        <source>Activating your workspace…</source>
        <translation>正在开通工作空间…</translation>
    </message>
</context>
<context>
    <name>billing::SubscriptionPickerController</name>
    <message>
        <source>Loading the claimed subscriptions…</source>
        <translation>正在加载已认领的订阅…</translation>
    </message>
    <message>
        <source>No opened AWS subscription is bound to this account yet.</source>
        <translation>本账户尚未绑定已开通的 AWS 订阅。</translation>
    </message>
    <message>
        <source>No opened Azure subscription is bound to this account yet.</source>
        <translation>本账户尚未绑定已开通的 Azure 订阅。</translation>
    </message>
    <message>
        <source>Choose an opened subscription.</source>
        <translation>请选择一个已开通的订阅。</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>套餐 %1</translation>
    </message>
    <message>
        <source>AWS account %1</source>
        <translation>AWS 账号 %1</translation>
    </message>
</context>
<context>
    <name>billing::SubscriptionPickerWidget</name>
    <message>
        <source>No claimed Azure subscription yet: subscribe to %1 in Azure Marketplace, then paste the claim code the %1 page shows with &quot;Bind marketplace subscription…&quot; (or open its link).</source>
        <translation>尚无已认领的 Azure 订阅：请先在 Azure 云市场订阅 %1，然后通过“绑定云市场订阅…”粘贴 %1 页面显示的认领码（或打开其链接）。</translation>
    </message>
    <message>
        <source>No claimed AWS subscription yet: subscribe to %1 in AWS Marketplace, then paste the claim code the %1 page shows with &quot;Bind marketplace subscription…&quot; (or open its link).</source>
        <translation>尚无已认领的 AWS 订阅：请先在 AWS 云市场订阅 %1，然后通过“绑定云市场订阅…”粘贴 %1 页面显示的认领码（或打开其链接）。</translation>
    </message>
    <message>
        <source>&amp;Bind marketplace subscription…</source>
        <translation>绑定云市场订阅(&amp;B)…</translation>
    </message>
    <message>
        <source>Marketplace subscription</source>
        <translation>云市场订阅</translation>
    </message>
    <message>
        <source>Bind marketplace subscription</source>
        <translation>绑定云市场订阅</translation>
    </message>
    <message>
        <source>Paste the claim code of a subscription you bought in the marketplace.</source>
        <translation>粘贴您在云市场购买的订阅的认领码。</translation>
    </message>
    <message>
        <source>How do I subscribe?</source>
        <translation>如何订阅？</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>订阅(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>billing::SubscriptionText</name>
    <message>
        <source>AWS Marketplace</source>
        <translation>AWS Marketplace</translation>
    </message>
    <message>
        <source>Azure Marketplace</source>
        <translation>Azure Marketplace</translation>
    </message>
    <message>
        <source>Alibaba Cloud Marketplace</source>
        <translation>阿里云云市场</translation>
    </message>
    <message>
        <source>Huawei Cloud KooGallery</source>
        <translation>华为云云商店</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>AWS account %1 (customer %2)</source>
        <translation>AWS 账号 %1（客户 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (offer %2, %n seat(s))</source>
        <translation>
            <numerusform>%1（产品 %2，%n 个席位）</numerusform>
        </translation>
    </message>
    <message>
        <source>Alibaba Cloud account %1</source>
        <translation>阿里云账号 %1</translation>
    </message>
    <message>
        <source>Huawei Cloud account %1</source>
        <translation>华为云账号 %1</translation>
    </message>
    <message>
        <source>Pending: the marketplace has not confirmed it yet</source>
        <translation>待确认：云市场尚未确认</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Cancelled in the marketplace</source>
        <translation>已在云市场退订</translation>
    </message>
</context>
<context>
    <name>billing::TrustedCa</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 holds no PEM certificate.</source>
        <translation>%1：%2 中没有 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>billing::UnavailableCredentialStore</name>
    <message>
        <source>the keychain was switched off for this test</source>
        <translation>本次测试已关闭钥匙串</translation>
    </message>
</context>
<context>
    <name>billing::UrlPolicy</name>
    <message>
        <source>Enter a full address such as https://billing.example.com.</source>
        <translation>请输入完整地址，例如 https://billing.example.com。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed for servers outside this computer.</source>
        <translation>本机以外的服务器只允许使用 https:// 地址。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; enter the user name in its own field.</source>
        <translation>地址中不要包含用户名和密码；请在单独的字段中输入用户名。</translation>
    </message>
</context>
<context>
    <name>billing::ValidatePlanCommand</name>
    <message>
        <source>Check a plan file (JSON or CSV export format) and print its problems.</source>
        <translation>检查计划文件（JSON 或 CSV 导出格式）并列出其中的问题。</translation>
    </message>
    <message>
        <source>Check against the last synced copy; do not contact the server.</source>
        <translation>对照上次同步的副本检查；不连接服务器。</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>计划文件。</translation>
    </message>
    <message>
        <source>Name one plan file: billing-desk validate-plan FILE [--server URL --username NAME].</source>
        <translation>请指定一个计划文件：billing-desk validate-plan FILE [--server URL --username NAME]。</translation>
    </message>
    <message>
        <source>--offline needs --server and --username to find the offline copy.</source>
        <translation>--offline 需要 --server 和 --username 才能找到离线副本。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), </source>
        <translation>
            <numerusform>%n 项变更，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unchanged.</source>
        <translation>
            <numerusform>%n 行未变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not valid, %n problem(s).</source>
        <translation>
            <numerusform>%1：无效，%n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n row(s).</source>
        <translation>
            <numerusform>%1：有效，%n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No --server and --username: only the file is checked, not whether its workspaces exist, the site rule nor whether its AWS and Azure subscriptions are claimed.</source>
        <translation>未指定 --server 和 --username：只检查文件本身，不检查其工作空间是否存在、站点规则，也不检查其 AWS 和 Azure 订阅是否已认领。</translation>
    </message>
    <message>
        <source>Only the file is checked, not whether its workspaces exist, the site rule nor whether its AWS and Azure subscriptions are claimed.</source>
        <translation>只检查文件本身，不检查其工作空间是否存在、站点规则，也不检查其 AWS 和 Azure 订阅是否已认领。</translation>
    </message>
    <message>
        <source>%1: read as CSV, %2.</source>
        <translation>%1：按 CSV 读取，%2。</translation>
    </message>
</context>
<context>
    <name>billing::WalletAlert</name>
    <message>
        <source>Your Billing Center wallet is in arrears by %1. Workspaces it pays for will be locked on %2 unless you recharge.</source>
        <translation>您的 Billing Center 钱包已欠费 %1。除非您充值，由其付费的工作空间将于 %2 被锁定。</translation>
    </message>
    <message>
        <source>Your Billing Center wallet is in arrears by %1. Recharge to keep the workspaces it pays for running.</source>
        <translation>您的 Billing Center 钱包已欠费 %1。请充值，以保证由其付费的工作空间继续运行。</translation>
    </message>
    <message numerus="yes">
        <source>Your Billing Center balance of %1 covers about %n day(s) of charges.</source>
        <translation>
            <numerusform>您的 Billing Center 余额 %1 约可支付 %n 天的费用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your Billing Center balance of %1 is running low.</source>
        <translation>您的 Billing Center 余额 %1 即将不足。</translation>
    </message>
</context>
<context>
    <name>billing::WalletBanner</name>
    <message>
        <source>Show &amp;wallet</source>
        <translation>查看钱包(&amp;W)</translation>
    </message>
    <message>
        <source>Wallet warning</source>
        <translation>钱包提醒</translation>
    </message>
</context>
<context>
    <name>billing::WalletPanel</name>
    <message>
        <source>Billing Center wallet</source>
        <translation>Billing Center 钱包</translation>
    </message>
    <message>
        <source>Cash:</source>
        <translation>现金余额：</translation>
    </message>
    <message>
        <source>Arrears:</source>
        <translation>欠费：</translation>
    </message>
    <message>
        <source>Vouchers:</source>
        <translation>代金券：</translation>
    </message>
    <message>
        <source>Average daily charge:</source>
        <translation>日均扣费：</translation>
    </message>
    <message>
        <source>Days covered:</source>
        <translation>可支付天数：</translation>
    </message>
    <message>
        <source>The wallet could not be read: %1</source>
        <translation>无法读取钱包：%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent charges</source>
        <translation>近期无扣费</translation>
    </message>
    <message>
        <source>Not up to date: %1</source>
        <translation>不是最新数据：%1</translation>
    </message>
    <message>
        <source>%1 of %2,
expires %3</source>
        <translation>剩余 %1（共 %2），
%3 到期</translation>
    </message>
</context>
<context>
    <name>billing::WhoamiCommand</name>
    <message>
        <source>Show the account the stored credentials log in to.</source>
        <translation>显示已保存凭据所登录的账号。</translation>
    </message>
    <message>
        <source>%1 (%2, %3) on %4</source>
        <translation>%1（%2，%3），位于 %4</translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceCache</name>
    <message>
        <source>Cannot write the workspace cache %1: %2</source>
        <translation>无法写入工作空间缓存 %1：%2</translation>
    </message>
    <message>
        <source>The workspace cache %1 cannot be read: %2</source>
        <translation>无法读取工作空间缓存 %1：%2</translation>
    </message>
    <message>
        <source>unknown format or version</source>
        <translation>未知的格式或版本</translation>
    </message>
    <message>
        <source>it belongs to another profile</source>
        <translation>它属于另一个配置</translation>
    </message>
    <message>
        <source>no valid sync time</source>
        <translation>没有有效的同步时间</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) cannot be read</source>
        <translation>
            <numerusform>%n 个工作空间无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>no workspace count</source>
        <translation>没有工作空间数量</translation>
    </message>
    <message>
        <source>it holds %1 of its %2 workspaces</source>
        <translation>只包含 %2 个工作空间中的 %1 个</translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceCostTableModel</name>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceCostView</name>
    <message>
        <source>Cost in %1</source>
        <translation>%1 费用</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>No cost this month.</source>
        <translation>本月无费用。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceDetailsPane</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Staged, not sent yet</source>
        <translation>已暂存，尚未发送</translation>
    </message>
    <message>
        <source>Being applied…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Workspace details</source>
        <translation>工作空间详情</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Workspace ID:</source>
        <translation>工作空间 ID：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Settlement method:</source>
        <translation>结算方式：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Settled since:</source>
        <translation>结算起始时间：</translation>
    </message>
    <message>
        <source>Next change allowed:</source>
        <translation>下次可变更时间：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Staged change</source>
        <translation>暂存的变更</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>变更：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Current on the server:</source>
        <translation>服务器上的当前值：</translation>
    </message>
    <message>
        <source>Select a workspace to see its details.</source>
        <translation>选择一个工作空间以查看其详情。</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) selected.</source>
        <translation>
            <numerusform>已选择 %n 个工作空间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them with a staged change.</source>
        <translation>
            <numerusform>其中 %n 个有暂存的变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (locks on %2)</source>
        <translation>%1
（将于 %2 锁定）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (staged at version %2)</source>
        <translation>%1（暂存时为版本 %2）</translation>
    </message>
    <message>
        <source>%1
The server said: %2</source>
        <translation>%1
服务器返回：%2</translation>
    </message>
    <message>
        <source>%1
Next change allowed: %2</source>
        <translation>%1
下次可变更时间：%2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cloud Account ID:</source>
        <translation>云账号 ID：</translation>
    </message>
    <message>
        <source>Instance / Subscription ID:</source>
        <translation>实例 / 订阅 ID：</translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceExport</name>
    <message>
        <source>Cannot write %1: it is a folder. Choose a file name.</source>
        <translation>无法写入 %1：这是一个文件夹。请选择文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is a file, not a folder.</source>
        <translation>无法写入 %1：%2 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: you do not have permission to write there.</source>
        <translation>无法写入 %1：您没有在该位置写入的权限。</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full.</source>
        <translation>无法写入 %1：磁盘已满。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceHistoryView</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Load the history again</source>
        <translation>重新加载历史记录</translation>
    </message>
    <message>
        <source>Reload the history</source>
        <translation>重新加载历史记录</translation>
    </message>
    <message>
        <source>Settlement history</source>
        <translation>结算历史</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>正在加载历史记录…</translation>
    </message>
    <message>
        <source>No events in this workspace&apos;s history yet.</source>
        <translation>此工作空间的历史记录中还没有事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first.</source>
        <translation>
            <numerusform>共 %n 个事件，最新的在前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n event(s) that could not be read.</source>
        <translation>
            <numerusform>已略过 %n 个无法读取的事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>无法加载历史记录：%1</translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation>应用进度</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel applying</source>
        <translation>取消应用</translation>
    </message>
    <message>
        <source>Stop after the changes in flight; the rest stay staged</source>
        <translation>发送中的变更完成后停止；其余变更保持暂存</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1（%3 上的 %2）</translation>
    </message>
    <message>
        <source>%1 workspaces, %2 shown, %3 staged</source>
        <translation>共 %1 个工作空间，显示 %2 个，暂存 %3 个</translation>
    </message>
    <message>
        <source>Syncing… %1 workspaces received</source>
        <translation>正在同步… 已接收 %1 个工作空间</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Sync failed; last sync: %1</source>
        <translation>同步失败；上次同步：%1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <source>Stop the sync; the table keeps the last synced list</source>
        <translation>停止同步；表格保留上次同步的列表</translation>
    </message>
    <message>
        <source>Sync stopped; last sync: %1</source>
        <translation>同步已停止；上次同步：%1</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>From %1, syncing…</source>
        <translation>%1 的副本，正在同步…</translation>
    </message>
    <message>
        <source>The table shows the offline copy saved at %1 until the Billing Center has sent what changed since.</source>
        <translation>在费用中心发来此后的变更之前，表中显示 %1 保存的离线副本。</translation>
    </message>
    <message>
        <source>From %1, syncing… %2 workspaces received</source>
        <translation>%1 的副本，正在同步… 已收到 %2 个工作空间</translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceTableModel</name>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>lock pending</source>
        <translation>待锁定</translation>
    </message>
    <message numerus="yes">
        <source>lock pending, %n day(s) left</source>
        <translation>
            <numerusform>待锁定，剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Applying: %1</source>
        <translation>正在应用：%1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>已应用：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Settlement method</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Settled since</source>
        <translation>结算起始时间</translation>
    </message>
    <message>
        <source>Next change allowed</source>
        <translation>下次可变更时间</translation>
    </message>
    <message>
        <source>Staged change</source>
        <translation>暂存的变更</translation>
    </message>
    <message>
        <source>Cloud Account ID</source>
        <translation>云账号 ID</translation>
    </message>
    <message>
        <source>Instance / Subscription ID</source>
        <translation>实例 / 订阅 ID</translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceTableView</name>
    <message>
        <source>Workspaces</source>
        <translation>工作空间</translation>
    </message>
</context>
<context>
    <name>billing::XlsxReader</name>
    <message>
        <source>not an Excel workbook: the file has no %1</source>
        <translation>不是 Excel 工作簿：文件中没有 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 has more than %2 strings</source>
        <translation>%1 中的字符串超过 %2 个</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;</source>
        <translation>工作簿中没有工作表“%1”</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; (%2): %3</source>
        <translation>工作表“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>not valid XML (line %1: %2)</source>
        <translation>不是有效的 XML（第 %1 行：%2）</translation>
    </message>
    <message>
        <source>row %1 is not a row number after %2</source>
        <translation>行号 %1 不在 %2 之后</translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows</source>
        <translation>工作表超过 %1 行</translation>
    </message>
    <message>
        <source>cell &quot;%1&quot; is not a cell of row %2</source>
        <translation>单元格“%1”不属于第 %2 行</translation>
    </message>
    <message>
        <source>row %1 has more than %2 columns</source>
        <translation>第 %1 行超过 %2 列</translation>
    </message>
    <message>
        <source>the sheet has more than %1 values</source>
        <translation>工作表中的值超过 %1 个</translation>
    </message>
    <message>
        <source>cell %1 names shared string %2, but the workbook has %3</source>
        <translation>单元格 %1 引用了共享字符串 %2，但工作簿只有 %3 个</translation>
    </message>
</context>
<context>
    <name>billing::XlsxWorkbook</name>
    <message>
        <source>no temporary folder for the workbook (%1)</source>
        <translation>没有可用于生成工作簿的临时文件夹（%1）</translation>
    </message>
    <message>
        <source>the workbook could not be made (%1)</source>
        <translation>无法生成工作簿（%1）</translation>
    </message>
    <message>
        <source>the sheet %1 could not be added</source>
        <translation>无法添加工作表 %1</translation>
    </message>
    <message>
        <source>the workbook could not be read back (%1)</source>
        <translation>无法读回生成的工作簿（%1）</translation>
    </message>
    <message>
        <source>the sheet %1 needs more than %2 rows, the most an Excel sheet holds; export as CSV instead</source>
        <translation>工作表 %1 需要超过 %2 行，超出 Excel 工作表的行数上限；请改为导出 CSV</translation>
    </message>
    <message>
        <source>the sheet %1 cannot take a cell (%2)</source>
        <translation>工作表 %1 无法写入单元格（%2）</translation>
    </message>
</context>
<context>
    <name>billing::ZipReader</name>
    <message>
        <source>not a readable zip archive (%1)</source>
        <translation>不是可读取的 zip 压缩包（%1）</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>压缩包中没有 %1</translation>
    </message>
    <message>
        <source>%1: the archive&apos;s directory entry is damaged</source>
        <translation>%1：压缩包的目录项已损坏</translation>
    </message>
    <message>
        <source>%1 unpacks to %2 MiB; a workbook may unpack to at most %3 MiB in all</source>
        <translation>%1 解压后为 %2 MiB；工作簿解压后合计最多 %3 MiB</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked (%2)</source>
        <translation>无法解压 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 已损坏（%2）</translation>
    </message>
    <message>
        <source>%1 holds more data than its header says</source>
        <translation>%1 的数据多于其文件头所声明的大小</translation>
    </message>
    <message>
        <source>%1 holds less data than its header says</source>
        <translation>%1 的数据少于其文件头所声明的大小</translation>
    </message>
</context>
</TS>
