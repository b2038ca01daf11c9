import Localization

/// The `?` help's words: each command's one line, the groups' headings, each dialog, form and prompt's keys.
/// Generated into the overlay from the live keymap (`Keymap.helpGroups`), so the help never drifts from the keys.
enum ScreenHelpText {
    static let title = Phrase(zh: "帮助", en: "Help")

    static func group(_ group: Command.Group) -> Phrase {
        switch group {
        case .move: Phrase(zh: "移动", en: "Move")
        case .tabs: Phrase(zh: "标签页", en: "Tabs")
        case .detail: Phrase(zh: "详情", en: "Detail")
        case .find: Phrase(zh: "查找", en: "Find")
        case .general: Phrase(zh: "通用", en: "General")
        case .actions: Phrase(zh: "操作", en: "Actions")
        }
    }

    static func summary(_ command: Command) -> Phrase {
        switch command {
        case .down: return Phrase(zh: "下一行", en: "Down")
        case .up: return Phrase(zh: "上一行", en: "Up")
        case .pageDown: return Phrase(zh: "下一页", en: "Page down")
        case .pageUp: return Phrase(zh: "上一页", en: "Page up")
        case .halfPageDown: return Phrase(zh: "下半页", en: "Half page down")
        case .halfPageUp: return Phrase(zh: "上半页", en: "Half page up")
        case .top: return Phrase(zh: "第一行", en: "First row")
        case .bottom: return Phrase(zh: "最后一行", en: "Last row")
        case .nextTab: return Phrase(zh: "下一个标签页", en: "Next tab")
        case .previousTab: return Phrase(zh: "上一个标签页", en: "Previous tab")
        case .open: return Phrase(zh: "打开详情 / 跟随链接", en: "Open the detail / follow a link")
        case .back: return Phrase(zh: "返回", en: "Back")
        case .nextLink: return Phrase(zh: "下一个链接", en: "Next link")
        case .previousLink: return Phrase(zh: "上一个链接", en: "Previous link")
        case .filter: return Phrase(zh: "筛选", en: "Filter")
        case .quickFilter: return Phrase(zh: "切换状态筛选", en: "Cycle the status filter")
        case .sortNext: return Phrase(zh: "切换排序列", en: "Next sort column")
        case .sortReverse: return Phrase(zh: "反转排序", en: "Reverse the sort")
        case .commandLine: return Phrase(zh: "命令行", en: "Command line")
        case .sync: return Phrase(zh: "立即同步", en: "Sync now")
        case .help: return Phrase(zh: "帮助", en: "Help")
        case .quit: return Phrase(zh: "退出", en: "Quit")
        case .mark: return Phrase(zh: "标记 / 取消标记（接口异常）", en: "Mark or unmark a row (Exceptions)")
        case .markAll: return Phrase(zh: "标记全部匹配项（接口异常）", en: "Mark all matching rows (Exceptions)")
        case .restart: return Phrase(zh: "重新启动（接口异常）/ 立即重发（队列）",
                                     en: "Restart (Exceptions) / resend now (Outbox)")
        case .confirmRequirement: return Phrase(zh: "确认需求（服务监管）", en: "Confirm requirements (Supervision)")
        case .rejectRequirement: return Phrase(zh: "驳回需求（服务监管）", en: "Reject requirements (Supervision)")
        case .deliver: return Phrase(zh: "交付（服务监管）", en: "Deliver files (Supervision)")
        case .acceptTicket: return Phrase(zh: "受理（工单）", en: "Accept a ticket (Tickets)")
        case .replyTicket: return Phrase(zh: "留言（工单）", en: "Reply to a ticket (Tickets)")
        case .resolveTicket: return Phrase(zh: "确认解决（工单）", en: "Resolve a ticket (Tickets)")
        case .discard: return Phrase(zh: "放弃（队列）", en: "Discard an action (Outbox)")
        case .replay: return Phrase(zh: "重放（调用记录 / 调用记录来源的接口异常）",
                                    en: "Replay a recorded call (Calls, journal exceptions)")
        case .deliverLicense: return Phrase(zh: "交付License（异步getLicenseAsync调用）",
                                            en: "Deliver a license (getLicenseAsync)")
        case .views: return Phrase(zh: "保存的视图", en: "Saved views")
        case .copyId: return Phrase(zh: "复制编号", en: "Copy the id")
        case .copyChooser: return Phrase(zh: "选择要复制的内容", en: "Choose what to copy")
        case .openLink: return Phrase(zh: "在卖家中心打开", en: "Open in Seller Center")
        case .saveAttachments: return Phrase(zh: "下载附件（服务监管或工单详情）", en: "Save the files (a task's or ticket's detail)")
        case .tab1, .tab2, .tab3, .tab4, .tab5, .tab6, .tab7, .tab0: return ScreenTabText.title(command.tab ?? .overview)
        }
    }

    /// The heading of a dialog's, form's or prompt's keys.
    static func context(_ context: KeyContext) -> Phrase {
        switch context {
        case .dialog: Phrase(zh: "确认框", en: "Confirmations")
        case .form: Phrase(zh: "表单", en: "Forms")
        case .deliver: Phrase(zh: "交付表单", en: "Deliver form")
        case .picker: Phrase(zh: "选择文件", en: "File picker")
        case .files: Phrase(zh: "已选文件", en: "Chosen files")
        case .checkbox: Phrase(zh: "复选框", en: "Checkbox")
        case .buttons: Phrase(zh: "表单按钮", en: "Form buttons")
        case .prompt: Phrase(zh: "输入框", en: "Text fields")
        }
    }

    /// One line of a context's help, worded for where the key is pressed.
    static func summary(_ command: ContextCommand, in context: KeyContext) -> Phrase {
        switch command {
        case .cancel: Phrase(zh: "取消", en: "Cancel")
        case .accept:
            switch context {
            case .picker: Phrase(zh: "进入目录 / 添加文件", en: "Open the folder / add the file")
            case .prompt: Phrase(zh: "确定", en: "Accept")
            default: Phrase(zh: "执行焦点按钮", en: "Press the focused button")
            }
        case .nextField: Phrase(zh: "下一个字段", en: "Next field")
        case .previousField: Phrase(zh: "上一个字段", en: "Previous field")
        case .toggleWait: Phrase(zh: "切换待客户反馈", en: "Toggle waiting for the customer")
        case .switchButton: Phrase(zh: "切换按钮", en: "Other button")
        case .focusAction: Phrase(zh: "选中执行按钮", en: "Focus the action")
        case .focusCancel: Phrase(zh: "选中取消", en: "Focus cancel")
        case .complete: context == .picker ? Phrase(zh: "补全路径", en: "Complete the path")
            : Phrase(zh: "补全命令", en: "Complete the command (:)")
        case .up: context == .prompt ? Phrase(zh: "上一条历史", en: "Older line") : Phrase(zh: "上一项", en: "Up")
        case .down: context == .prompt ? Phrase(zh: "下一条历史", en: "Newer line") : Phrase(zh: "下一项", en: "Down")
        case .pageUp: Phrase(zh: "上移五项", en: "Up five")
        case .pageDown: Phrase(zh: "下移五项", en: "Down five")
        case .cycleKind: Phrase(zh: "切换文件类型", en: "Cycle the file kind")
        case .removeFile: Phrase(zh: "移除文件", en: "Remove the file")
        case .clear: Phrase(zh: "清空", en: "Clear")
        case .attachFiles: Phrase(zh: "添加附件（留言）", en: "Attach files to a reply")
        }
    }
}
