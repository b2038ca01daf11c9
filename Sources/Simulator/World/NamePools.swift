import SellerCore

/// A product of the simulated seller's catalogue.
struct CatalogueProduct {
    var name: String
    var productId: String
    var modes: [ChargingMode]
    var supervisedFlow: FlowKind?
    var basePrice: Int
}

/// Realistic Chinese data for the seeded world: buyers, products, specifications, people and the texts of
/// exceptions, requirements and tickets.
enum NamePools {
    static let cities = ["北京", "上海", "深圳", "杭州", "成都", "武汉", "南京", "西安", "苏州", "广州", "重庆", "天津",
                         "长沙", "合肥", "青岛", "厦门"]
    static let brands = ["华信", "长风", "云帆", "启明", "海纳", "星河", "恒通", "鼎盛", "智远", "瑞丰", "博雅", "天合",
                         "明德", "卓越", "新程", "汇金", "中科", "鲲鹏", "凌云", "数联"]
    static let industries = ["科技", "信息技术", "数据服务", "软件", "网络科技", "智能制造", "医疗科技", "电子商务",
                             "物流", "教育科技", "金融信息服务", "文化传媒"]
    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
                           "何", "林", "罗", "高"]
    static let givenNames = ["伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "军", "杰", "涛", "明", "超", "秀英",
                             "海燕", "晓东", "子涵", "浩然", "雨桐"]
    static let specs = ["基础版", "标准版", "专业版", "企业版", "旗舰版"]
    static let seats = ["10用户", "50用户", "100用户", "500用户", "不限用户"]

    static let products: [CatalogueProduct] = [
        .init(name: "智慧门店SaaS管理系统", productId: "OFFI461867333479178240", modes: [.period, .onDemand], supervisedFlow: nil, basePrice: 3600),
        .init(name: "云端ERP企业版", productId: "OFFI502114988210339841", modes: [.period], supervisedFlow: nil, basePrice: 12000),
        .init(name: "企业网盘", productId: "OFFI519027716620288002", modes: [.period, .onDemandPackage], supervisedFlow: nil, basePrice: 1800),
        .init(name: "智能客服机器人", productId: "OFFI533370271889874944", modes: [.onDemandPackage, .onDemand], supervisedFlow: nil, basePrice: 980),
        .init(name: "OCR票据识别API", productId: "OFFI547781102635417600", modes: [.oneTime, .onDemand], supervisedFlow: nil, basePrice: 300),
        .init(name: "财务共享云平台", productId: "OFFI561230899871252480", modes: [.period], supervisedFlow: nil, basePrice: 25000),
        .init(name: "电子签章服务", productId: "OFFI574402877312122881", modes: [.period, .oneTime], supervisedFlow: nil, basePrice: 2400),
        .init(name: "工业设计CAD软件", productId: "OFFI588811902340198400", modes: [.period, .oneTime], supervisedFlow: nil, basePrice: 46000),
    ]

    static let supervisedProducts: [CatalogueProduct] = [
        .init(name: "数据库运维专家服务", productId: "OFFI601143822905548800", modes: [.oneTime], supervisedFlow: .standardManual, basePrice: 15000),
        .init(name: "等保2.0合规咨询与实施", productId: "OFFI612290018835841024", modes: [.oneTime], supervisedFlow: .standardManual, basePrice: 68000),
        .init(name: "鲲鹏应用迁移服务", productId: "OFFI623378122790576128", modes: [.oneTime, .period], supervisedFlow: .standardManual, basePrice: 32000),
        .init(name: "私有化部署CRM", productId: "OFFI634410256733925376", modes: [.period], supervisedFlow: .saasOffline, basePrice: 54000),
        .init(name: "医疗影像标注数据集", productId: "OFFI645503378121506816", modes: [.oneTime], supervisedFlow: .dataFile, basePrice: 8800),
        .init(name: "仿真分析软件授权", productId: "OFFI656618871409971200", modes: [.period], supervisedFlow: .license2, basePrice: 39000),
        .init(name: "工控安全审计软件", productId: "OFFI667725509834653696", modes: [.oneTime], supervisedFlow: .license1, basePrice: 27000),
        .init(name: "边缘计算网关设备", productId: "OFFI678839102283759616", modes: [.oneTime], supervisedFlow: .hardware, basePrice: 6500),
        .init(name: "低代码应用编排平台", productId: "OFFI689940318726262784", modes: [.period], supervisedFlow: .appOrchestration, basePrice: 21000),
    ]

    static let exceptionInfos: [(String, String?, Int?)] = [
        ("调用生产接口超时(20000ms),未收到响应", nil, nil),
        ("HTTP状态码 502 Bad Gateway", nil, 502),
        ("返回resultCode=000005, resultMsg=内部错误: 数据库连接池耗尽", "000005", 200),
        ("返回体不是合法JSON: Unexpected character '<' at position 0", nil, 200),
        ("SSL握手失败: 证书已过期 (certificate has expired)", nil, nil),
        ("返回resultCode=000001, resultMsg=鉴权失败,authToken不匹配", "000001", 200),
        ("返回resultCode=000100, resultMsg=无可用实例资源", "000100", 200),
        ("Content-Type 不是 application/json (text/html; charset=UTF-8)", nil, 200),
        ("连接被拒绝 (Connection refused): prod.isv-example.com:443", nil, nil),
        ("返回结果缺少必填字段 instanceId", "000000", 200),
        ("返回resultCode=000003, resultMsg=实例不存在", "000003", 200),
        ("DNS解析失败: api.isv-example.cn", nil, nil),
        ("HTTP状态码 500 Internal Server Error: java.lang.NullPointerException", nil, 500),
        ("返回resultCode=000103, resultMsg=该商品不允许重复购买", "000103", 200),
    ]

    static let requirements = [
        "请在月底前完成生产环境MySQL 8.0的巡检与慢查询优化,输出巡检报告。附件为现网架构图和需求模板。",
        "需要按照等保2.0三级要求完成差距分析、整改方案和测评辅导,请确认实施周期与人员安排。",
        "我们计划将3个Java应用从x86迁移到鲲鹏,需评估兼容性并完成迁移与性能压测,详见附件《迁移需求说明》。",
        "CRM需部署在我方私有云,对接企业微信单点登录,开通50个账号,导入历史客户数据约12万条。",
        "数据集需包含不少于5000例肺部CT影像的结节标注,标注格式为COCO,交付前提供抽检报告。",
        "请协助完成授权服务器部署并绑定两台工作站的设备指纹。",
        "设备需寄送到上海市浦东新区张江高科技园区,收货人联系电话已在订单备注中填写。",
        "希望搭建审批流与报表应用,集成现有OA系统,要求两周内上线试运行。",
    ]

    static let ticketTitles = [
        "开通后无法登录管理后台", "发票抬头填写错误需要重开", "续费后到期时间未更新", "接口调用返回401",
        "如何导出历史数据", "账号数量不够,申请扩容", "页面加载很慢", "需要技术人员远程协助部署",
        "退订后数据如何保留", "短信验证码收不到",
    ]

    static let customerMessages = [
        "您好,我们昨天购买后一直无法登录,提示账号不存在,麻烦尽快处理。",
        "补充一下截图:登录页报错“系统繁忙，请稍后再试”。",
        "已经按照你们说的清除缓存了,还是不行。",
        "今天可以了,谢谢!",
        "请问大概什么时候能处理好?我们这边项目比较急。",
    ]

    static let sellerMessages = [
        "您好,已收到您的问题,我们正在排查,请稍候。",
        "请提供一下您的实例ID和报错截图,方便我们定位。",
        "问题已定位:开通时同步账号失败,现已为您重新同步,请再试一次。",
        "我们已安排工程师今天下午三点远程协助,请保持电话畅通。",
    ]

    static let fileNames = ["需求说明书.docx", "现网架构图.png", "需求模板.xlsx", "迁移需求说明.pdf", "设备清单.xlsx"]
    static let deliverableNames = ["交付验收报告.pdf", "巡检报告.docx", "部署截图.png", "授权有效期截图.png", "实施总结.pptx"]
}
